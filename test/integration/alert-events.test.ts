import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../scripts/open-db";
import { WEBHOOK_EVENTS } from "../../lib/webhooks/events";
import { decodeHtml, findForm, submitForm } from "./forms";
import { OwnConsole } from "./own-console";
import { consentAt, obtainCode } from "./sandbox";
import { locationOf, Session } from "./session";

// Issue 17: each alert event fires exactly once for its cause, on a console of its own. Every cause is a
// real action over HTTP (Authorize and consent at the sandbox, Refresh now, the forms, the sandbox's faults),
// done twice where "once" matters; where the cause is time passing, the console is stopped and the clock of
// the rows moved (a key's expiry, a grant's last use, a rotation's start, when callbacks arrived) instead of
// waiting. ALERT_SWEEP_SECONDS=1 runs the sweep every second. A loopback receiver subscribed to every event
// verifies each message with the `standardwebhooks` package itself; at the end the console's own tables are
// counted: one Alert row and one delivery per cause (two for an API key: 7 days and 1 day before).
type Received = { headers: Record<string, string>; body: string };
type Payload = {
  type: string;
  data: {
    workspace: { slug: string };
    grant: { id: string; label: string } | null;
    client: { id: string; label: string } | null;
    dc: string | null;
    zohoError: string | null;
    reason: string | null;
    url: string;
  };
};

let own: OwnConsole;
let owner: Session;
let w = "";
let secret = "";
const received: Received[] = [];
let receiver: http.Server;
let base = "";
const DAY = 86_400_000;
const ROTATED_SECRET = "rotated-secret-for-alerts-000000000000001";
// Everything that must never reach a payload or a log line: filled as the test learns them.
const secrets: string[] = [ROTATED_SECRET];

const waitFor = async <T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};
const verified = (r: Received) => new Webhook(secret).verify(r.body, r.headers) as Payload;
const ofType = (type: string) => received.filter((r) => (JSON.parse(r.body) as Payload).type === type);

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      // A second endpoint's receiver that wants no more webhooks (Standard Webhooks: 410 Gone disables it).
      if (req.url === "/gone") return void res.writeHead(410).end("gone");
      received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  own = await OwnConsole.create("alerts", { WEBHOOK_RETRY_SCALE: "0.001", ALERT_SWEEP_SECONDS: "1" });
  await own.start();
  owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
  w = `/w/${own.seeded.slug}`;
  secrets.push(own.seeded.clientSecret, own.seeded.apiKey);
  // One endpoint subscribed to every event; the secret is shown once.
  const html = await submit(`${w}/settings/webhooks`, "create-webhook-endpoint", {
    url: `${base}/hooks`,
    events: WEBHOOK_EVENTS.join(","),
  });
  secret = /data-testid="new-webhook-secret"[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
  expect(secret).toMatch(/^whsec_/);
  secrets.push(secret, secret.slice(6));
  // The workspace's limits: warn at 3 refresh tokens per user per client, 4 access tokens per 10 minutes (70 %: 3).
  await submit(`${w}/settings`, "update-limits", { warnRefreshTokensPerUser: "3", limitAccessTokensPerWindow: "4" });
}, 180_000);

afterAll(async () => {
  await own?.remove();
  receiver?.close();
});

async function submit(page: string, form: string, values: Record<string, string> = {}) {
  const res = await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), form), values);
  expect(res.status, `${form} on ${page}`).toBeLessThan(400);
  return decodeHtml(await res.text());
}

/** Authorize in the console (a fresh state), then the sandbox's consent page as `userEmail`; returns the state and where the sandbox redirected. */
async function authorize(client: { clientId: string; zohoClientId: string }, userEmail: string, decision: "Accept" | "Reject" = "Accept") {
  const page = `${w}/authorize?client=${client.clientId}`;
  const started = await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), "start-authorization"), {
    clientId: client.clientId,
    scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    redirectUri: own.seeded.redirectUri,
    accessType: "offline",
    location: "us",
    promptConsent: "on",
  });
  const authUrl = new URL(locationOf(started), own.baseUrl);
  const state = authUrl.searchParams.get("state")!;
  if (decision === "Reject") return { state, redirect: await consentAt(owner, authUrl, userEmail, "Reject") };
  const code = await obtainCode(owner, { state, userEmail, zohoClientId: client.zohoClientId, redirectUri: own.seeded.redirectUri });
  const redirect = new URL(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
    own.baseUrl,
  );
  return { state, redirect };
}

/** The callback, as the browser follows Zoho's redirect; answers the outcome on the result page. */
async function callback(redirect: URL): Promise<string> {
  const res = await owner.fetch(`${redirect.pathname}${redirect.search}`);
  const html = await (await owner.fetch(locationOf(res))).text();
  return /data-outcome="([a-z_]+)"/.exec(html)?.[1] ?? "none";
}

/** A grant made the way a person makes one; its id is the newest on the Grants page. */
async function newGrant(client: { clientId: string; zohoClientId: string }, userEmail: string): Promise<string> {
  expect(await callback((await authorize(client, userEmail)).redirect)).toBe("grant_created");
  return /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(await (await owner.fetch(`${w}/grants`)).text())![1];
}

async function sandboxFaults(body: object) {
  const res = await owner.fetch(`/sandbox/control?workspace=${own.seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(200);
}

/** Stops the console, changes its database as time would have, starts it again. */
async function withConsoleStopped(change: (db: Awaited<ReturnType<typeof openDb>>["db"]) => Promise<unknown>) {
  await own.stop();
  const { db, close } = await openDb(own.databaseUrl);
  try {
    await change(db);
  } finally {
    await db.$disconnect();
    await close();
  }
  await own.start();
}

const clientA = () => ({ clientId: own.seeded.clientId, zohoClientId: own.seeded.zohoClientId });
const clientB = () => own.seeded.second;

// What each cause names: the grant, the client, or (for an API key, an endpoint, the audit trail) a word of its reason.
type Subject = { grant?: string; client?: string; reason?: RegExp; page: string };
const subjects = new Map<string, Subject>();
const matches = (p: Payload, s: Subject) =>
  (!s.grant || p.data.grant?.id === s.grant) &&
  (!s.client || p.data.client?.id === s.client) &&
  (!s.reason || s.reason.test(p.data.reason ?? ""));
const mine = (type: string) => ofType(type).filter((r) => matches(verified(r), subjects.get(type)!));

describe("each alert event fires exactly once for its cause", () => {
  it("grant.near_cap: the third grant of one Zoho user for a client reaches the warning threshold (3); the fourth fires nothing", async () => {
    const grants: string[] = [];
    for (let i = 0; i < 4; i++) grants.push(await newGrant(clientA(), "priya.raman@sandbox.zoho.test"));
    subjects.set("grant.near_cap", {
      grant: grants[2],
      client: own.seeded.clientId,
      reason: /now holds 3 active refresh tokens/,
      page: `grants/${grants[2]}`,
    });
    await waitFor("grant.near_cap", () => mine("grant.near_cap").length > 0);
  }, 120_000);

  it("grant.near_token_limit: Refresh now, 5 times — the third spends 70 % of a budget of 4, the fifth is refused", async () => {
    const id = await newGrant(clientB(), "emma.schmidt@sandbox.zoho.test");
    const page = `${w}/grants/${id}`;
    const fresh: boolean[] = [];
    for (let i = 0; i < 5; i++) fresh.push((await submit(page, "refresh-grant")).includes("New access token"));
    // The fifth: the budget is spent, so the console serves the token it has instead of asking Zoho.
    expect(fresh).toEqual([true, true, true, true, false]);
    subjects.set("grant.near_token_limit", { grant: id, reason: /^3 of the 4 access tokens/, page: `grants/${id}` });
    await waitFor("grant.near_token_limit", () => mine("grant.near_token_limit").length > 0);
  }, 120_000);

  it("webhook.endpoint_disabled: an endpoint whose receiver answers 410 Gone is disabled once; a second test event is refused", async () => {
    await submit(`${w}/settings/webhooks`, "create-webhook-endpoint", { url: `${base}/gone`, events: "grant.revoked" });
    const list = decodeHtml(await (await owner.fetch(`${w}/settings/webhooks`)).text());
    const [, endpointPage, endpointId] = new RegExp(`href="(/w/[^"]+/settings/webhooks/(c[a-z0-9]{20,}))"[^>]*>${base}/gone<`).exec(list)!;
    expect(await submit(endpointPage, "send-test-webhook")).toContain("Test event queued");
    subjects.set("webhook.endpoint_disabled", { reason: /410 Gone/, page: `settings/webhooks/${endpointId}` });
    await waitFor("webhook.endpoint_disabled", () => mine("webhook.endpoint_disabled").length > 0);
    // Tried again: nothing is sent to a disabled endpoint, so nothing is disabled (or alerted) again.
    expect(await submit(endpointPage, "send-test-webhook")).toContain("Enable the endpoint first");
  }, 60_000);

  it("apikey.expiring (7 days): a key created to expire in 6 days", async () => {
    const day = new Date(Date.now() + 6 * DAY).toISOString().slice(0, 10);
    const html = await submit(`${w}/settings/api-keys`, "create-api-key", { name: "Alerting key", scope: "all", expiresOn: day });
    const key = /data-testid="new-api-key"[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
    expect(key).toMatch(/^zoc_/);
    secrets.push(key, key.split("_").at(-1)!);
    subjects.set("apikey.expiring", { reason: /^The API key “Alerting key”/, page: "settings/api-keys" });
    await waitFor("apikey.expiring, 7 days before", () => mine("apikey.expiring").length > 0);
  });

  // Set up now, alerted once the console's clock has moved on (below).
  let stale = "";
  let rejected: string[] = [];
  it("causes whose alert is time passing: a grant left unused, a rotation left open, failed callbacks (a Reject, Zoho down at the exchange)", async () => {
    stale = await newGrant(clientB(), "ava.carter@sandbox.zoho.test");
    await submit(`${w}/clients/${clientB().clientId}`, "start-rotation", { secret: ROTATED_SECRET });
    // Replacing the pending secret continues the same rotation: still one alert.
    await submit(`${w}/clients/${clientB().clientId}`, "start-rotation", { secret: ROTATED_SECRET });
    const first = await authorize(clientB(), "jack.wilson@sandbox.zoho.test", "Reject");
    expect(await callback(first.redirect)).toBe("rejected");
    const second = await authorize(clientB(), "jack.wilson@sandbox.zoho.test");
    await sandboxFaults({ outage: true });
    try {
      expect(["zoho_unreachable", "exchange_failed"]).toContain(await callback(second.redirect));
    } finally {
      await sandboxFaults({ reset: true });
    }
    rejected = [first.state, second.state];
    subjects.set("grant.stale", { grant: stale, reason: /^Not used for 100 days/, page: `grants/${stale}` });
    subjects.set("client.secret_rotation_pending", { client: clientB().clientId, page: `clients/${clientB().clientId}` });
    subjects.set("callback.failed", {
      client: clientB().clientId,
      reason: /^2 callbacks failed between/,
      page: `callbacks?client=${clientB().clientId}`,
    });
    subjects.set("audit.chain_broken", { reason: /^The audit trail's hash chain breaks at event #\d+/, page: "audit" });
  }, 120_000);

  it("…100 days, 25 hours and 20 minutes later; and an audit event changed behind the console's back, found by Verify (twice)", async () => {
    await withConsoleStopped(async (db) => {
      const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: own.seeded.slug }, select: { id: true } });
      await db.grant.update({ where: { id: stale }, data: { lastUsedAt: new Date(Date.now() - 100 * DAY) } });
      const rotated = await db.oAuthClient.update({
        where: { id: clientB().clientId },
        data: { pendingSecretSince: new Date(Date.now() - 25 * 3_600_000) },
        select: { pendingSecretSince: true },
      });
      expect(rotated.pendingSecretSince).not.toBeNull();
      // Both failed callbacks into one 10-minute window that closed more than the sweep's grace ago.
      const window = Math.floor((Date.now() - 20 * 60_000) / 600_000) * 600_000;
      const { count } = await db.callbackEvent.updateMany({
        where: { workspaceId: workspace.id, clientId: clientB().clientId, outcome: { notIn: ["grant_created", "received"] } },
        data: { receivedAt: new Date(window + 60_000) },
      });
      expect(count).toBe(rejected.length);
      // Tampering needs the table's owner: the trigger that keeps the trail append-only switched off.
      const victim = await db.auditEvent.findFirstOrThrow({
        where: { workspaceId: workspace.id },
        orderBy: { seq: "asc" },
        select: { id: true },
      });
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
      await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "data" = '{"forged":true}' WHERE "id" = $1`, victim.id);
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    });
    for (let i = 0; i < 2; i++) expect(await submit(`${w}/audit`, "verify-audit")).toMatch(/Chain broken at event #\d+/);
    for (const type of ["grant.stale", "client.secret_rotation_pending", "callback.failed", "audit.chain_broken"])
      await waitFor(type, () => mine(type).length > 0);
  }, 120_000);

  it("apikey.expiring (1 day): the same key, 20 hours before it expires", async () => {
    await withConsoleStopped((db) =>
      db.apiKey.updateMany({ where: { name: "Alerting key" }, data: { expiresAt: new Date(Date.now() + 20 * 3_600_000) } }),
    );
    await waitFor("apikey.expiring, 1 day before", () => mine("apikey.expiring").length > 1);
  }, 60_000);

  it("after more sweeps and two restarts: exactly one alert and one delivery per cause (two for the key), each naming its cause", async () => {
    // Several more sweeps run (one a second) before the tables are counted.
    await new Promise((r) => setTimeout(r, 4000));
    const expected: Record<string, number> = { "apikey.expiring": 2 };
    const events = WEBHOOK_EVENTS.filter((e) => subjects.has(e));
    expect(events.sort()).toEqual(
      [
        "grant.near_cap",
        "grant.near_token_limit",
        "grant.stale",
        "callback.failed",
        "apikey.expiring",
        "client.secret_rotation_pending",
        "audit.chain_broken",
        "webhook.endpoint_disabled",
      ].sort(),
    );
    for (const type of events) {
      const got = mine(type);
      expect(got, type).toHaveLength(expected[type] ?? 1);
      for (const r of got) {
        const p = verified(r);
        expect(p.data.workspace.slug).toBe(own.seeded.slug);
        const url = new URL(p.data.url);
        // The console's own origin: APP_URL, else its first loopback name, on its port.
        expect(url.port, type).toBe(new URL(own.baseUrl).port);
        expect(`${url.pathname}${url.search}`, type).toBe(`${w}/${subjects.get(type)!.page}`);
        if (p.data.grant) expect(p.data.grant.label, type).not.toBe("");
        if (p.data.client) expect(p.data.client.label, type).not.toBe("");
      }
    }
    const keyStages = mine("apikey.expiring").map((r) => verified(r).data.reason!);
    expect(keyStages[0]).toMatch(/in [56] days/);
    expect(keyStages[1]).toMatch(/in (19|20) hours/);
    expect(verified(mine("callback.failed")[0]).data.reason).toMatch(/1 × the user rejected the request \(rejected\)/);
    for (const type of ["grant.near_cap", "grant.near_token_limit", "grant.stale"])
      expect(verified(mine(type)[0]).data.dc, type).toMatch(/^[a-z]{2}$/);

    // The console's own record: Alert rows and outbox rows per cause.
    await own.stop();
    const { db, close } = await openDb(own.databaseUrl);
    try {
      const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: own.seeded.slug }, select: { id: true } });
      const alerts = await db.alert.findMany({ where: { workspaceId: workspace.id }, select: { type: true, payload: true } });
      const deliveries = await db.webhookDelivery.findMany({
        where: { workspaceId: workspace.id, endpoint: { url: `${base}/hooks` } },
        select: { eventType: true, payload: true, status: true },
      });
      for (const type of events) {
        const s = subjects.get(type)!;
        expect(
          alerts.filter((a) => a.type === type && matches(a.payload as unknown as Payload, s)),
          `Alert rows of ${type}`,
        ).toHaveLength(expected[type] ?? 1);
        const sent = deliveries.filter((d) => d.eventType === type && matches(d.payload as unknown as Payload, s));
        expect(sent, `deliveries of ${type}`).toHaveLength(expected[type] ?? 1);
        expect(sent.every((d) => d.status === "DELIVERED")).toBe(true);
      }
      const stored = JSON.stringify(alerts);
      for (const s of secrets.filter((x) => x.length >= 8)) expect(stored).not.toContain(s);
    } finally {
      await db.$disconnect();
      await close();
    }
    await own.start();
  }, 120_000);

  it("no payload, alert or log line holds a secret or token", async () => {
    const everything = received.map((r) => r.body).join("\n") + fs.readFileSync(own.logFile, "utf8");
    for (const s of secrets.filter((x) => x.length >= 8)) expect(everything).not.toContain(s);
    for (const r of received)
      expect(r.body).not.toMatch(/refresh_token|access_token|zoc_[0-9a-f]{12}_[A-Za-z0-9_-]{32}|1000\.[0-9a-f]{32}\.[0-9a-f]{32}/);
  });
});
