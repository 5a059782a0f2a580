import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { locationOf, Session } from "./session";

// The device flow for Non-browser clients (issue 12), over HTTP against the running console and its
// sandbox: the sandbox's endpoints answer as Zoho's do (pending, slow_down, other_dc, access_denied,
// expired, the tokens), and the console starts, polls at Zoho's pace, follows other_dc only to a
// data centre, and stores the grant like any other — the client secret and the device code never
// leaving the server.
const seeded = inject("seeded");
const owner = new Session();
const stranger = new Session();
// Zoho's code and token shape, as the sandbox issues device codes and tokens: never in a page or a view.
const TOKEN = /1000\.[0-9a-f]{32}\.[0-9a-f]{32}/;
const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const form = (params: Record<string, string>) => ({ method: "POST", body: new URLSearchParams(params) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let slug = "";
let w = "";
let nonBrowser = { id: "", secret: "", consoleId: "" };
let serverBased = { id: "", consoleId: "" };

type View = {
  id: string;
  status: string;
  userCode: string;
  verificationUrl: string;
  verificationUrlComplete: string | null;
  nextPollInMs: number;
  intervalSeconds: number;
  location: string;
  accountsServer: string;
  lastAnswer: string | null;
  reason: string | null;
  grantId: string | null;
  polls: number;
};

const control = (body: object) => owner.fetch(`/sandbox/control?workspace=${slug}`, json(body));

async function registerAtSandbox(body: object) {
  const response = await owner.fetch(`/sandbox/console/clients?workspace=${slug}`, json(body));
  expect(response.status).toBe(201);
  return (await response.json()) as { client_id: string; client_secret: string; type: string };
}

async function registerInConsole(values: Record<string, string>): Promise<string> {
  const page = `${w}/clients/new`;
  const response = await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), "create-client"), {
    provider: "SANDBOX",
    homeDc: "us",
    ...values,
  });
  if (!response.headers.get("location"))
    throw new Error(
      `registration refused: ${[...decodeHtml(await response.text()).matchAll(/text-red-600[^>]*>([^<]+)</g)].map((m) => m[1]).join("; ")}`,
    );
  return new URL(locationOf(response), owner.baseUrl).searchParams.get("created")!;
}

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await stranger.signIn(seeded.other.email, seeded.other.password);
  // A workspace of its own: its sandbox faults (a 1 s interval) touch no other file's clients.
  const created = await submitForm(
    owner,
    "/workspaces/new",
    findForm(await (await owner.fetch("/workspaces/new")).text(), "create-workspace"),
    { name: "Device flow" },
  );
  slug = /^\/w\/([^/?]+)/.exec(new URL(locationOf(created), owner.baseUrl).pathname)![1];
  w = `/w/${slug}`;
  const device = await registerAtSandbox({ name: "TV app", type: "NON_BROWSER" });
  expect(device.type).toBe("NON_BROWSER");
  nonBrowser = { id: device.client_id, secret: device.client_secret, consoleId: "" };
  nonBrowser.consoleId = await registerInConsole({
    type: "NON_BROWSER",
    name: "TV app",
    zohoClientId: device.client_id,
    clientSecret: device.client_secret,
    redirectUris: "",
  });
  const server = await registerAtSandbox({ name: "Web app", redirectUris: [`${owner.baseUrl}/oauth/callback`] });
  serverBased = { id: server.client_id, consoleId: "" };
  serverBased.consoleId = await registerInConsole({
    type: "SERVER",
    name: "Web app",
    zohoClientId: server.client_id,
    clientSecret: server.client_secret,
    redirectUris: `${owner.baseUrl}/oauth/callback`,
  });
  expect((await control({ deviceIntervalSeconds: 1, codeLimit: 1000 })).status).toBe(200);
});
// The workspace goes again: the seeded owner in two workspaces would change what other files' calls
// without ?workspace= mean (the sandbox's controls pick the only workspace a user has).
afterAll(async () => {
  await control({ reset: true });
  const settings = `/w/${slug}/settings`;
  const deleted = await submitForm(owner, settings, findForm(await (await owner.fetch(settings)).text(), "delete-workspace"), {
    confirmSlug: slug,
  });
  expect(deleted.status).toBeLessThan(400);
  expect((await owner.fetch(settings)).status).toBe(404);
});

// ---- the person at the verification page ----

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Opens the verification page, enters the code, and answers as the sandbox user with that email. */
async function answerAtVerificationPage(verificationUrl: string, userCode: string, userEmail: string, decision: "accept" | "reject") {
  const page = await owner.fetch(verificationUrl);
  expect(page.status).toBe(200);
  const action = decodeHtml(attr(/<form\b[^>]*>/.exec(await page.text())![0], "action")!);
  const consent = await owner.fetch(action, form({ user_code: userCode.toLowerCase().replace("-", "") }));
  expect(consent.status).toBe(200);
  const html = await consent.text();
  expect(html).toContain("would like to access your Zoho account");
  const radio = [...html.matchAll(/<input type="radio" name="user_id" value="(\d+)"[^>]*><span>([^<]*)</g)].find((m) =>
    m[2].includes(userEmail),
  );
  expect(radio, `no sandbox user ${userEmail}`).toBeTruthy();
  const answered = await owner.fetch(
    action,
    form({ user_code: decodeHtml(/name="user_code" value="([^"]+)"/.exec(html)![1]), user_id: radio![1], decision }),
  );
  expect(answered.status).toBe(200);
  return answered.text();
}

// ---- the sandbox, as a device talks to it ----

describe("the sandbox's device endpoints, as a device uses them", () => {
  const at = (location: string, path: string) => `/sandbox/${location}/oauth/v3/device/${path}`;
  const requestCode = async (clientId = nonBrowser.id) =>
    (
      await owner.fetch(
        at("us", "code"),
        form({
          client_id: clientId,
          grant_type: "device_request",
          scope: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
          access_type: "offline",
          prompt: "consent",
        }),
      )
    ).json();
  const poll = async (location: string, deviceCode: string, secret = nonBrowser.secret) =>
    (
      await owner.fetch(
        at(location, "token"),
        form({ client_id: nonBrowser.id, client_secret: secret, grant_type: "device_token", code: deviceCode }),
      )
    ).json();

  it("pending → slow_down → other_dc → granted at the user's data centre, once", { timeout: 60_000 }, async () => {
    const issued = await requestCode();
    expect(issued).toMatchObject({
      user_code: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/),
      device_code: expect.stringMatching(TOKEN),
      interval: 1000,
      expires_in: 300_000,
    });
    expect(issued.verification_url).toBe(`${owner.baseUrl}/sandbox/us/oauth/v3/device`);
    expect(issued.verification_uri_complete).toBe(`${issued.verification_url}?user_code=${issued.user_code}`);

    expect(await poll("us", issued.device_code)).toEqual({ error: "authorization_pending" });
    // Polled again at once: too fast, and from now on 5 s slower (RFC 8628 §3.5).
    expect(await poll("us", issued.device_code)).toEqual({ error: "slow_down" });
    expect(
      await answerAtVerificationPage(issued.verification_uri_complete, issued.user_code, "emma.schmidt@sandbox.zoho.test", "accept"),
    ).toContain("Device connected");
    await sleep(6_100);
    expect(await poll("us", issued.device_code)).toEqual({ user_location: "eu", error: "other_dc" });
    await sleep(6_100);
    const tokens = await poll("eu", issued.device_code);
    expect(tokens).toMatchObject({
      access_token: expect.stringMatching(TOKEN),
      refresh_token: expect.stringMatching(TOKEN),
      api_domain: `${owner.baseUrl}/sandbox/eu/api`,
      token_type: "Bearer",
      expires_in: 3600,
    });
    await sleep(6_100);
    expect(await poll("eu", issued.device_code)).toEqual({ error: "invalid_code" });
  });

  it("access_denied when the person rejects; the code cannot be answered twice", async () => {
    const issued = await requestCode();
    expect(await answerAtVerificationPage(issued.verification_url, issued.user_code, "ava.carter@sandbox.zoho.test", "reject")).toContain(
      "Access denied",
    );
    expect(await poll("us", issued.device_code)).toEqual({ error: "access_denied" });
    const again = await owner.fetch(at("us", "verify"), form({ user_code: issued.user_code }));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("already used");
  });

  it("expired after expires_in, at the token endpoint and at the verification page", async () => {
    await control({ deviceCodeTtlSeconds: 1 });
    try {
      const issued = await requestCode();
      expect(issued.expires_in).toBe(1000);
      await sleep(1_200);
      expect(await poll("us", issued.device_code)).toEqual({ error: "expired" });
      const late = await owner.fetch(at("us", "verify"), form({ user_code: issued.user_code }));
      expect(late.status).toBe(400);
      expect(await late.text()).toContain("expired");
    } finally {
      await control({ deviceCodeTtlSeconds: 300 });
    }
  });

  it("a flood of device-code requests stores at most the client's code limit, then gets Zoho's throttle answer", async () => {
    // Zoho's 10 grant codes per client per 10 minutes (token-limits page), here lowered to 3.
    await control({ codeLimit: 3 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, async () => {
          const response = await owner.fetch(
            at("us", "code"),
            form({ client_id: nonBrowser.id, grant_type: "device_request", scope: "ZohoCRM.modules.ALL", access_type: "offline" }),
          );
          return { status: response.status, body: await response.json() };
        }),
      );
      // Other tests of this file issued codes in the window too: none or few of these get through.
      expect(answers.filter((a) => a.body.device_code).length).toBeLessThanOrEqual(3);
      expect(answers.filter((a) => a.status === 400 && a.body.error === "Access Denied").length).toBeGreaterThanOrEqual(37);
    } finally {
      await control({ codeLimit: 1000 });
    }
  });

  it("refuses what Zoho refuses: a Server-based client, a wrong secret, a made-up code, a code entered at another accounts server", async () => {
    expect(await requestCode(serverBased.id)).toMatchObject({ error: "invalid_client" });
    const issued = await requestCode();
    expect(await poll("us", issued.device_code, "wrong-secret")).toEqual({ error: "invalid_client_secret" });
    expect(await poll("us", `1000.${"0".repeat(32)}.${"0".repeat(32)}`)).toEqual({ error: "invalid_code" });
    const elsewhere = await owner.fetch(at("eu", "verify"), form({ user_code: issued.user_code }));
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain("not valid");
    expect(
      await (
        await owner.fetch(
          at("us", "code"),
          form({ client_id: nonBrowser.id, grant_type: "authorization_code", scope: "ZohoCRM.modules.ALL" }),
        )
      ).json(),
    ).toEqual({ error: "unsupported_grant_type" });
  });
});

// ---- the console ----

async function startDevice(clientId: string, values: Record<string, string> = {}) {
  const page = `${w}/authorize?client=${clientId}`;
  const html = await (await owner.fetch(page)).text();
  return submitForm(owner, page, findForm(html, "start-device-authorization"), values);
}

async function started(values: Record<string, string> = {}): Promise<View> {
  const response = await startDevice(nonBrowser.consoleId, values);
  const path = new URL(locationOf(response), owner.baseUrl).pathname;
  const id = new RegExp(`^${w}/authorize/device/(\\w+)$`).exec(path)?.[1];
  expect(id, `redirected to ${path}`).toBeTruthy();
  return ask(id!);
}

async function ask(id: string, session = owner): Promise<View> {
  const response = await session.fetch(`${w}/authorize/device/${id}/poll`, { method: "POST" });
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text, "a device code or token in the view").not.toMatch(TOKEN);
  return JSON.parse(text);
}

/** Waits as the console says, then asks: one poll of Zoho. */
async function next(view: View): Promise<View> {
  await sleep(view.nextPollInMs + 100);
  return ask(view.id);
}

type AuditEvent = { action: string; actorId: string | null; targetId: string | null; data: Record<string, unknown> };
async function auditSince(seq: number): Promise<{ events: AuditEvent[]; seq: number }> {
  const events: (AuditEvent & { seq: number })[] = await (await owner.fetch(`${w}/audit/export?format=json&after=${seq}`)).json();
  const own = events.pop()!;
  expect(JSON.stringify(events)).not.toMatch(TOKEN);
  expect(JSON.stringify(events)).not.toContain(nonBrowser.secret);
  return { events, seq: own.seq };
}

describe("the console's device flow", () => {
  it("pending → other_dc → granted: the grant is stored with the user's location and accounts server", { timeout: 60_000 }, async () => {
    const before = await auditSince(0);
    let view = await started();
    expect(view).toMatchObject({
      status: "PENDING",
      polls: 0,
      location: "us",
      accountsServer: `${owner.baseUrl}/sandbox/us`,
      intervalSeconds: 1,
    });
    expect(view.verificationUrl).toBe(`${owner.baseUrl}/sandbox/us/oauth/v3/device`);
    // Asked again at once: the console does not poll Zoho before the interval has passed.
    view = await ask(view.id);
    expect(view.polls).toBe(0);

    view = await next(view);
    expect(view).toMatchObject({ status: "PENDING", polls: 1, lastAnswer: "authorization_pending" });
    await answerAtVerificationPage(view.verificationUrlComplete!, view.userCode, "emma.schmidt@sandbox.zoho.test", "accept");
    view = await next(view);
    expect(view).toMatchObject({
      status: "PENDING",
      lastAnswer: "other_dc (eu)",
      location: "eu",
      accountsServer: `${owner.baseUrl}/sandbox/eu`,
    });
    view = await next(view);
    expect(view).toMatchObject({ status: "GRANTED", location: "eu", grantId: expect.any(String) });

    const grant = await (await owner.fetch(`${w}/grants/${view.grantId}`)).text();
    expect(grant).toContain(`${owner.baseUrl}/sandbox/eu`);
    expect(grant).toContain("emma.schmidt@sandbox.zoho.test");
    expect(grant).not.toMatch(TOKEN);
    const page = await (await owner.fetch(`${w}/authorize/device/${view.id}`)).text();
    expect(page).toContain(view.userCode);
    expect(page).not.toMatch(TOKEN);
    expect(page).not.toContain(nonBrowser.secret);

    const { events } = await auditSince(before.seq);
    const mine = events.filter((e) => JSON.stringify(e.data).includes(view.id));
    expect(mine.map((e) => e.action)).toEqual(["authorization.started", "grant.created"]);
    expect(mine[0].data).toMatchObject({ flow: "device", location: "us" });
    expect(mine[1]).toMatchObject({
      targetId: view.grantId,
      data: { location: "eu", accountsServer: `${owner.baseUrl}/sandbox/eu`, source: "device flow" },
    });
  });

  it("access_denied: rejected at the verification page, no grant, audited", { timeout: 30_000 }, async () => {
    const before = await auditSince(0);
    let view = await started();
    await answerAtVerificationPage(view.verificationUrl, view.userCode, "ava.carter@sandbox.zoho.test", "reject");
    view = await next(view);
    expect(view).toMatchObject({ status: "DENIED", lastAnswer: "access_denied", grantId: null });
    expect(view.reason).toContain("Reject");
    const { events } = await auditSince(before.seq);
    expect(events.filter((e) => e.action === "device_authorization.ended").map((e) => e.data)).toEqual([
      expect.objectContaining({ deviceAuthorizationId: view.id, outcome: "DENIED" }),
    ]);
  });

  it("expired: past Zoho's expires_in nothing more is asked, and the page says so", { timeout: 30_000 }, async () => {
    await control({ deviceCodeTtlSeconds: 2 });
    try {
      let view = await started();
      await sleep(2_200);
      view = await ask(view.id);
      expect(view).toMatchObject({ status: "EXPIRED", grantId: null });
      expect(view.reason).toContain("expired");
    } finally {
      await control({ deviceCodeTtlSeconds: 300 });
    }
  });

  it("a hostile other_dc: a user_location that is no data centre is refused, and nothing is sent there", { timeout: 30_000 }, async () => {
    const hits: string[] = [];
    const listener = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res.end("{}");
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const hostile = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    try {
      for (const userLocation of [hostile, `${hostile}/sandbox/eu`, "accounts.zoho.eu.evil.example", "../eu"]) {
        await control({ deviceOtherDc: userLocation });
        let view = await started();
        view = await next(view);
        expect(view, userLocation).toMatchObject({ status: "FAILED", lastAnswer: "other_dc", location: "us", grantId: null });
        expect(view.reason).toContain("did not follow it");
      }
      expect(hits).toEqual([]);
    } finally {
      await control({ deviceOtherDc: null });
      listener.close();
    }
  });

  it("a client that is not Non-browser is refused before anything is asked of Zoho", async () => {
    const response = await startDevice(nonBrowser.consoleId, { clientId: serverBased.consoleId });
    expect(response.headers.get("location")).toBeNull();
    expect(decodeHtml(await response.text())).toContain("Only Non-browser clients use the device flow");
  });

  it("someone else's device authorization is not found", async () => {
    const view = await started();
    expect((await stranger.fetch(`${w}/authorize/device/${view.id}/poll`, { method: "POST" })).status).toBe(404);
    expect((await stranger.fetch(`${w}/authorize/device/${view.id}`)).status).toBe(404);
    expect((await owner.fetch(`${w}/authorize/device/nope/poll`, { method: "POST" })).status).toBe(404);
  });
});
