import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REGISTRATIONS_PER_USER } from "../../lib/sandbox/registration-limits";
import { ZOHO_ENDPOINT_LIMITS } from "../../lib/sandbox/zoho-endpoint-limits";
import { decodeHtml, findForm, submitForm } from "./forms";
import { rawFetch } from "./raw-fetch";
import { Session } from "./session";

// Issue 11, part 4: "the sandbox is open to anyone". The sandbox console and its controls need a
// signed-in console user and act for one of their workspaces; sandbox clients and faults belong to a
// workspace; registration is rate-limited; the Zoho-shaped endpoints stay open, as Zoho's are, behind
// a per-IP limit that answers as Zoho does; and the consent page never redirects to a URI that is not
// registered for the client. Workspace A is the seeded "integration" one, B the seeded "elsewhere".
const seeded = inject("seeded");
const anonymous = new Session();
const ownerA = new Session();
const ownerB = new Session();
const viewerA = new Session();
const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
// A's owner is named by its workspace on every call: other test files add workspaces to the same user, and
// a user in several must say which (the control answers 400 otherwise).
const inA = `?workspace=${seeded.slug}`;
const controlA = `/sandbox/control${inA}`;
const consolePage = async (session: Session, query = "") => (await session.fetch(`/sandbox/console${query}`)).text();
const refresh = (clientId: string, location = "us") =>
  anonymous.fetch(`/sandbox/${location}/oauth/v2/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: "1000.0.0", client_id: clientId, client_secret: "x" }),
  });
const authUrl = (params: Record<string, string>, path = "/sandbox/us/oauth/v2/auth") =>
  `${path}?${new URLSearchParams({ scope: "ZohoCRM.modules.ALL", response_type: "code", access_type: "offline", ...params })}`;

// B's own sandbox client, registered through the JSON endpoint.
let clientB = { client_id: "", client_secret: "" };

beforeAll(async () => {
  await Promise.all([
    ownerA.signIn(seeded.email, seeded.password),
    ownerB.signIn(seeded.other.email, seeded.password),
    viewerA.signIn(seeded.members.VIEWER.email, seeded.password),
  ]);
  const registered = await ownerB.fetch(
    "/sandbox/console/clients",
    json({ name: "Elsewhere sandbox app", redirectUris: [seeded.redirectUri] }),
  );
  expect(registered.status).toBe(201);
  clientB = await registered.json();
  await ownerA.fetch(controlA, json({ reset: true }));
});
afterAll(() => ownerA.fetch(controlA, json({ reset: true })));

describe("anonymous callers are refused by the sandbox console and its controls", () => {
  it("POST /sandbox/console/clients → 401 problem JSON, and no client is created", async () => {
    const name = `Anonymous ${Date.now()}`;
    const response = await anonymous.fetch("/sandbox/console/clients", json({ name, redirectUris: ["https://evil.example/cb"] }));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ status: 401, type: expect.stringContaining("unauthenticated") });
    expect(JSON.stringify(body)).not.toMatch(/client_secret|1000\./);
    expect(await consolePage(ownerA, inA)).not.toContain(name);
    expect(await consolePage(ownerB)).not.toContain(name);
  });

  it("the page's register and Self Client forms, posted without a session, create nothing", async () => {
    const page = await consolePage(ownerA, inA);
    for (const [form, values] of [
      ["sandbox-register-client", { name: "Anonymous form", redirectUris: "https://evil.example/cb" }],
      ["sandbox-self-client", { name: "Anonymous self client", user: "10010001" }],
    ] as const) {
      const response = await submitForm(anonymous, "/sandbox/console", findForm(page, form), values);
      // The action's own check (requireMember) sends the browser to sign in before anything is created.
      expect(response.status, form).toBe(303);
      expect(new URL(response.headers.get("location") ?? "", anonymous.baseUrl).pathname, form).toBe("/sign-in");
      expect(await response.text()).not.toMatch(/sandbox-client-secret|self-client-json/);
    }
    const after = await consolePage(ownerA, inA);
    expect(after).not.toContain("Anonymous form");
    expect(after).not.toContain("Anonymous self client");
  });

  it("POST /sandbox/control {outage:true} → 401, and no fault is set", async () => {
    const response = await anonymous.fetch("/sandbox/control", json({ outage: true }));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await (await ownerA.fetch(controlA)).json()).toMatchObject({ workspace: seeded.slug, outage: false });
    expect(await (await ownerB.fetch("/sandbox/control")).json()).toMatchObject({ workspace: seeded.other.slug, outage: false });
    // Zoho's token endpoint still answers, not a 503.
    expect(await (await refresh(seeded.zohoClientId)).json()).toEqual({ error: "invalid_client_secret" });
  });

  it("GET /sandbox/control and its stats → 401", async () => {
    for (const path of ["/sandbox/control", `/sandbox/control/stats?client_id=${seeded.zohoClientId}`]) {
      const response = await anonymous.fetch(path);
      expect(response.status, path).toBe(401);
      expect(await response.text(), path).not.toContain("access_tokens");
    }
  });

  it("GET /sandbox/console and /sandbox → a redirect to sign-in that comes back, listing nothing", async () => {
    for (const path of ["/sandbox/console", "/sandbox"]) {
      const response = await anonymous.fetch(path);
      expect([303, 307], path).toContain(response.status);
      const location = new URL(response.headers.get("location") ?? "", anonymous.baseUrl);
      expect(location.pathname, path).toBe("/sign-in");
      expect(location.searchParams.get("next"), path).toBe(path);
      expect(await response.text(), path).not.toContain(seeded.zohoClientId);
    }
  });
});

describe("sandbox clients belong to a workspace", () => {
  it("each workspace's console lists its own sandbox clients only, and says whose they are", async () => {
    const a = await consolePage(ownerA, inA);
    expect(a).toContain(seeded.zohoClientId);
    expect(a).toContain(seeded.second.zohoClientId);
    expect(a).not.toContain(clientB.client_id);
    expect(a).toContain("Sandbox clients of Integration");
    const b = await consolePage(ownerB);
    expect(b).toContain(clientB.client_id);
    expect(b).not.toContain(seeded.zohoClientId);
    expect(b).not.toContain(seeded.second.zohoClientId);
    expect(b).toContain("Sandbox clients of Elsewhere");
  });

  it("B's member cannot open, register in, set faults for, or read stats of workspace A: 404", async () => {
    const page = await ownerB.fetch(`/sandbox/console?workspace=${seeded.slug}`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain(seeded.zohoClientId);
    const register = await ownerB.fetch(
      `/sandbox/console/clients?workspace=${seeded.slug}`,
      json({ name: "Into A", redirectUris: [seeded.redirectUri] }),
    );
    expect(register.status).toBe(404);
    const fault = await ownerB.fetch(`/sandbox/control?workspace=${seeded.slug}`, json({ outage: true }));
    expect(fault.status).toBe(404);
    expect((await ownerB.fetch(`/sandbox/control?workspace=${seeded.slug}`)).status).toBe(404);
    expect((await ownerB.fetch(`/sandbox/control/stats?client_id=${seeded.zohoClientId}`)).status).toBe(404);
    expect((await ownerB.fetch(`/sandbox/control/stats?client_id=${seeded.zohoClientId}&workspace=${seeded.slug}`)).status).toBe(404);
    // Nothing changed in A.
    expect(await (await ownerA.fetch(controlA)).json()).toMatchObject({ outage: false });
    expect(await consolePage(ownerA, inA)).not.toContain("Into A");
    expect((await ownerA.fetch(`/sandbox/control/stats?client_id=${seeded.zohoClientId}&workspace=${seeded.slug}`)).status).toBe(200);
  });

  it("a viewer of A sees A's sandbox clients but may not register or set faults", async () => {
    const page = await consolePage(viewerA);
    expect(page).toContain(seeded.zohoClientId);
    expect(page).not.toContain('data-action="sandbox-register-client"');
    expect((await viewerA.fetch("/sandbox/console/clients", json({ name: "Viewer app", redirectUris: [seeded.redirectUri] }))).status).toBe(
      404,
    );
    expect((await viewerA.fetch("/sandbox/control", json({ outage: true }))).status).toBe(404);
    expect((await viewerA.fetch("/sandbox/control")).status).toBe(200);
  });
});

describe("faults are per workspace", () => {
  it("an outage and a rate limit set by A hit A's sandbox clients only, not B's", async () => {
    try {
      expect((await ownerA.fetch(controlA, json({ outage: true }))).status).toBe(200);
      const down = await refresh(seeded.zohoClientId);
      expect(down.status).toBe(503);
      expect(down.headers.get("content-type")).toContain("text/html");
      const b = await refresh(clientB.client_id);
      expect(b.status).toBe(200);
      expect(await b.json()).toEqual({ error: "invalid_client_secret" });
      // A client no workspace knows is not A's either.
      expect(await (await refresh("1000.NOSUCHCLIENT000000000000000000")).json()).toEqual({ error: "invalid_client" });

      expect((await ownerA.fetch(controlA, json({ outage: false, rateLimited: true }))).status).toBe(200);
      expect((await refresh(seeded.second.zohoClientId)).status).toBe(400);
      expect((await refresh(clientB.client_id)).status).toBe(200);
      expect(await (await ownerB.fetch("/sandbox/control")).json()).toMatchObject({ outage: false, rateLimited: false });
    } finally {
      await ownerA.fetch(controlA, json({ reset: true }));
    }
    expect(await (await refresh(seeded.zohoClientId)).json()).toEqual({ error: "invalid_client_secret" });
  });

  it("a fault body with an unknown field is refused with problem JSON, and changes nothing", async () => {
    const response = await ownerA.fetch(controlA, json({ outtage: true }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      type: expect.stringContaining("invalid-request"),
      detail: expect.stringContaining("outtage"),
    });
  });
});

describe("registration is rate-limited per user", () => {
  it(`a flood by one signed-in user registers at most ${REGISTRATIONS_PER_USER.points} clients; the rest get 429 with Retry-After`, async () => {
    const flooder = await new Session().signIn(seeded.sandboxFlooder.email, seeded.password);
    const attempts = REGISTRATIONS_PER_USER.points + 15;
    const answers = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        flooder.fetch("/sandbox/console/clients", json({ name: `Flood ${i}`, redirectUris: ["https://app.example/cb"] })),
      ),
    );
    const created = answers.filter((a) => a.status === 201);
    const limited = answers.filter((a) => a.status === 429);
    expect(created.length).toBe(REGISTRATIONS_PER_USER.points);
    expect(limited.length).toBe(attempts - REGISTRATIONS_PER_USER.points);
    for (const answer of limited) {
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await limited[0].json()).type).toContain("rate-limited");
    await Promise.all(answers.filter((a) => !a.bodyUsed).map((a) => a.body?.cancel()));

    // The page lists exactly what was created, and its forms are limited too.
    const page = await consolePage(flooder);
    expect(page.match(/data-testid="sandbox-client-row"/g)?.length).toBe(REGISTRATIONS_PER_USER.points);
    const form = await submitForm(flooder, "/sandbox/console", findForm(page, "sandbox-register-client"), {
      name: "One more",
      redirectUris: "https://app.example/cb",
    });
    expect(decodeHtml(await form.text())).toContain("Too many sandbox clients registered");
    const self = await submitForm(flooder, "/sandbox/console", findForm(page, "sandbox-self-client"), {
      name: "One more self client",
      user: "10010001",
    });
    expect(decodeHtml(await self.text())).toContain("Too many sandbox clients registered");
    const after = await consolePage(flooder);
    expect(after.match(/data-testid="sandbox-client-row"/g)?.length).toBe(REGISTRATIONS_PER_USER.points);
  });
});

describe("the Zoho-shaped endpoints stay open, as Zoho's are, behind a per-IP limit", () => {
  it("answer anonymously: serverinfo, consent page, token, revoke, user info", async () => {
    expect((await (await anonymous.fetch("/sandbox/oauth/serverinfo")).json()).result).toBe("success");
    const consent = await anonymous.fetch(authUrl({ client_id: clientB.client_id, redirect_uri: seeded.redirectUri }));
    expect(consent.status).toBe(200);
    expect(await consent.text()).toContain("Elsewhere sandbox app");
    expect(await (await refresh(clientB.client_id)).json()).toEqual({ error: "invalid_client_secret" });
    const revoke = await anonymous.fetch("/sandbox/us/oauth/v2/token/revoke?token=1000.0.0", { method: "POST" });
    expect(await revoke.json()).toEqual({ error: "invalid_token" });
    const info = await anonymous.fetch("/sandbox/us/oauth/user/info", { headers: { authorization: "Zoho-oauthtoken 1000.0.0" } });
    expect(info.status).toBe(401);
  });

  it("a flood on the token endpoint from one address meets Zoho's rate-limit answer (HTTP 400 Access Denied) there only", async () => {
    const { points, perSeconds } = ZOHO_ENDPOINT_LIMITS.token;
    const flooder = {
      request: async (path: string, init: { method?: string } = {}) => {
        const res = await rawFetch(`${inject("baseUrl")}${path}`, { ...init, from: "127.0.0.77" });
        return { status: res.status, body: await res.text() };
      },
    };
    const started = performance.now();
    const answers: { status: number; body: string }[] = [];
    // Batches of 25 until the limit answers (the address is fresh: it must, right after `points`).
    while (!answers.some((a) => a.status === 400) && answers.length < 2 * points) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 25 }, () => flooder.request("/sandbox/us/oauth/v2/token", { method: "POST" })))),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const limited = answers.filter((a) => a.status === 400);
    const served = answers.filter((a) => a.status === 200);
    expect(limited.length, `no rate-limit answer after ${answers.length} requests`).toBeGreaterThan(0);
    expect(served.length + limited.length).toBe(answers.length);
    expect(served.length).toBeLessThanOrEqual(points);
    // Within one window the count is exact.
    if (seconds < perSeconds * 0.9) expect(served.length).toBe(points);
    for (const a of served) expect(JSON.parse(a.body)).toMatchObject({ error: "invalid_request" });
    expect(JSON.parse(limited[0].body)).toEqual({
      error: "Access Denied",
      status: "failure",
      error_description: expect.stringContaining("too many requests continuously"),
    });
    // The same address, another endpoint family: still answered. Another address: not limited at all.
    expect((await flooder.request("/sandbox/oauth/serverinfo")).status).toBe(200);
    expect(await (await refresh(clientB.client_id)).json()).toEqual({ error: "invalid_client_secret" });
    console.log(
      `[sandbox-access] token flood from one address: ${served.length} answered, then ${limited.length} limited, ${answers.length} requests in ${seconds.toFixed(1)} s`,
    );
  }, 120_000);
});

describe("the consent page redirects only to a redirect URI registered for the client", () => {
  const noRedirect = async (response: Response, title: string) => {
    expect(response.headers.get("location")).toBeNull();
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(title);
    expect(html).not.toMatch(/http-equiv="refresh"/i);
    return html;
  };

  it("an unregistered redirect_uri shows Zoho's error page, on GET and on a tampered Accept or Reject", async () => {
    for (const path of ["/sandbox/us/oauth/v2/auth", "/sandbox/us/oauth/v2/org/auth"]) {
      await noRedirect(
        await anonymous.fetch(authUrl({ client_id: clientB.client_id, redirect_uri: "https://evil.example/cb" }, path)),
        "Invalid Redirect Uri",
      );
      for (const decision of ["accept", "reject"]) {
        const body = new URLSearchParams({
          client_id: clientB.client_id,
          response_type: "code",
          redirect_uri: "https://evil.example/cb",
          scope: "ZohoCRM.modules.ALL",
          user_id: "10010001",
          decision,
        });
        await noRedirect(await anonymous.fetch(path, { method: "POST", body }), "Invalid Redirect Uri");
      }
    }
  });

  it("another client's redirect URI, a near miss, an unknown client or no client: an error page, never a redirect", async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { client_id: seeded.second.zohoClientId, redirect_uri: `${anonymous.baseUrl}/oauth/callback/integration-key` },
        "Invalid Redirect Uri",
      ],
      [{ client_id: clientB.client_id, redirect_uri: `${seeded.redirectUri}/` }, "Invalid Redirect Uri"],
      [{ client_id: "1000.NOSUCHCLIENT000000000000000000", redirect_uri: "https://evil.example/cb" }, "Invalid Client"],
      [{ redirect_uri: "https://evil.example/cb" }, "Invalid Client"],
    ];
    for (const [params, title] of cases) {
      await noRedirect(await anonymous.fetch(authUrl(params)), title);
      await noRedirect(
        await anonymous.fetch(authUrl(params), {
          method: "POST",
          body: new URLSearchParams({ ...params, response_type: "code", scope: "ZohoCRM.modules.ALL", decision: "reject" }),
        }),
        title,
      );
    }
  });

  it("a registered redirect URI is where Reject goes, with the error and nothing else", async () => {
    const body = new URLSearchParams({
      client_id: clientB.client_id,
      response_type: "code",
      redirect_uri: seeded.redirectUri,
      scope: "ZohoCRM.modules.ALL",
      state: "s1",
      decision: "reject",
    });
    const response = await anonymous.fetch("/sandbox/us/oauth/v2/auth", { method: "POST", body });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${seeded.redirectUri}?error=access_denied&state=s1`);
  });
});
