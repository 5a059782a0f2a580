// GET /metrics (issue 19): Prometheus text behind METRICS_TOKEN, on a console of its own so that no
// other file's requests move its counters. A scripted flow — one authorization, one refresh at the
// sandbox, token API answers of known outcomes, one callback with an unknown state, wrong passwords up
// to the account's sign-in limit — must move each counter by exactly what it did, and no label may
// hold an id or a secret.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { OwnConsole } from "./own-console";
import { consentAt, setSandboxFaults } from "./sandbox";
import { locationOf, Session } from "./session";

const METRICS_TOKEN = randomBytes(24).toString("hex");
const CUID = /\bc[a-z0-9]{20,}\b/;
const ZOHO_TOKEN = /1000\.[0-9a-f]{32}\.[0-9a-f]{32}/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let own: OwnConsole;
let owner: Session;

beforeAll(async () => {
  own = await OwnConsole.create("metrics", { METRICS_TOKEN });
  await own.start();
  owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
}, 180_000);

afterAll(async () => {
  await own?.remove();
});

const scrape = (headers: Record<string, string> = { authorization: `Bearer ${METRICS_TOKEN}` }, base = own.baseUrl) =>
  fetch(`${base}/metrics`, { headers });

/** Every sample of the exposition as `name{a="1",b="2"}` (labels sorted) → value. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    const labels = [...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => `${k}="${v}"`).sort();
    samples.set(`${m[1]}{${labels.join(",")}}`, Number(m[3]));
  }
  return samples;
}

async function read(): Promise<Map<string, number>> {
  const res = await scrape();
  expect(res.status).toBe(200);
  return parse(await res.text());
}

/** The sum of a metric's samples whose labels include all of `labels`. */
function sum(samples: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const [key, value] of samples) {
    if (!key.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) total += value;
  }
  return total;
}

/** A grant made the way a person makes one: Authorize in the console, consent at the sandbox, the callback. */
async function authorize(): Promise<string> {
  const page = `/w/${own.seeded.slug}/authorize`;
  const form = findForm(await (await owner.fetch(page)).text(), "start-authorization");
  const started = await submitForm(owner, page, form, {
    clientId: own.seeded.second.clientId,
    location: "us",
    redirectUri: own.seeded.redirectUri,
    accessType: "offline",
    scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    promptConsent: "on",
  });
  const redirect = await consentAt(owner, new URL(locationOf(started), own.baseUrl), "emma.schmidt@sandbox.zoho.test");
  const result = decodeHtml(await (await owner.fetch(locationOf(await owner.fetch(redirect.toString())))).text());
  expect(result).toContain('data-outcome="grant_created"');
  const grants = await (await owner.fetch(`/w/${own.seeded.slug}/grants`)).text();
  return /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(grants)![1];
}

/** A password sign-in through Auth.js, as the form posts it; answers nothing (a refusal is a redirect too). */
async function tryPassword(email: string, password: string) {
  const session = new Session(own.baseUrl);
  const { csrfToken } = await (await session.fetch("/api/auth/csrf")).json();
  await session.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: own.baseUrl }),
  });
}

describe("GET /metrics", () => {
  it("refuses without the token, and with a wrong one, with problem JSON", async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: `Bearer ${METRICS_TOKEN}x` },
      { authorization: `Bearer ${METRICS_TOKEN.slice(1)}` },
      { authorization: METRICS_TOKEN },
    ]) {
      const res = await scrape(headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      const body = await res.text();
      expect(JSON.parse(body).type).toBe("https://zoho-oauth-console.dev/problems/unauthenticated");
      expect(body).not.toContain("zoho_console_");
    }
  });

  it("does not exist on a console without METRICS_TOKEN (the suite's own)", async () => {
    const res = await scrape({ authorization: `Bearer ${METRICS_TOKEN}` }, inject("baseUrl"));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("zoho_console_");
  });

  it("answers Prometheus text with the process metrics", async () => {
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parse(await res.text());
    expect(sum(samples, "zoho_console_process_cpu_seconds_total")).toBeGreaterThan(0);
    expect(sum(samples, "zoho_console_nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });
});

describe("after a scripted flow", () => {
  let before: Map<string, number>;
  let after: Map<string, number>;
  let text = "";
  let grantId = "";
  const key = { authorization: `Bearer ${"" /* set below */}` };

  beforeAll(async () => {
    key.authorization = `Bearer ${own.seeded.apiKey}`;
    const faults = (body: object) => setSandboxFaults(owner, own.seeded.slug, body);
    await faults({ reset: true });
    before = await read();

    // One authorization (callback grant_created, one token exchange), its access token living 1 s.
    await faults({ accessTokenTtlSeconds: 1 });
    grantId = await authorize();
    await sleep(1_100);
    await faults({ accessTokenTtlSeconds: 3600 });
    const token = (id: string, headers: Record<string, string> = key) =>
      fetch(`${own.baseUrl}/api/v1/grants/${id}/access-token`, { headers });
    // 1 refresh at the sandbox (token cache miss), then 3 answers from the token cache.
    for (let i = 0; i < 4; i++) expect((await token(grantId)).status).toBe(200);
    // 2 without a valid key, 1 for a grant that does not exist.
    expect((await token(grantId, {})).status).toBe(401);
    expect((await token(grantId, { authorization: "Bearer zoc_nope" })).status).toBe(401);
    expect((await token("cnosuchgrant0000000000000")).status).toBe(404);
    // One callback nobody started.
    expect((await owner.fetch(`/oauth/callback?state=${"x".repeat(40)}&code=abc`)).status).toBe(303);
    // An account that does not exist: 5 wrong passwords, then the account's limit refuses the 6th.
    for (let i = 0; i < 6; i++) await tryPassword("nobody@metrics.test", `wrong-password-${i}`);

    const res = await scrape();
    text = await res.text();
    after = parse(text);
  }, 120_000);

  afterAll(() => setSandboxFaults(owner, own.seeded.slug, { reset: true }));

  const moved = (name: string, labels: Record<string, string> = {}) => sum(after, name, labels) - sum(before, name, labels);

  it("counts token API answers by endpoint and outcome, and their latency", () => {
    expect(moved("zoho_console_token_api_requests_total", { endpoint: "access_token", outcome: "ok" })).toBe(4);
    expect(moved("zoho_console_token_api_requests_total", { endpoint: "access_token", outcome: "unauthenticated" })).toBe(2);
    expect(moved("zoho_console_token_api_requests_total", { endpoint: "access_token", outcome: "not-found" })).toBe(1);
    expect(moved("zoho_console_token_api_requests_total")).toBe(7);
    expect(moved("zoho_console_token_api_request_duration_seconds_count", { endpoint: "access_token" })).toBe(7);
  });

  it("the server hands access-token reads straight to their route once Next has loaded it (lib/api/direct-route.ts)", () => {
    // The first request of this console went through Next's router, which loaded the route; the other 6 did not.
    expect(moved("zoho_console_token_api_direct_requests_total")).toBe(6);
  });

  it("counts token cache hits and misses", () => {
    // Misses: the request that refreshed, and the one for a grant that does not exist (the key may use any grant).
    expect(moved("zoho_console_token_cache_lookups_total", { cache: "token", result: "miss" })).toBe(2);
    expect(moved("zoho_console_token_cache_lookups_total", { cache: "token", result: "hit" })).toBe(3);
    // Every request with a well-formed key looks it up: 4 served and 1 for a missing grant.
    expect(moved("zoho_console_token_cache_lookups_total", { cache: "key" })).toBe(5);
  });

  it("counts the refresh at Zoho by outcome and data centre, and times every call to Zoho", () => {
    expect(moved("zoho_console_zoho_refreshes_total", { outcome: "ok", provider: "sandbox" })).toBe(1);
    expect(moved("zoho_console_zoho_refreshes_total")).toBe(1);
    expect(after.get('zoho_console_zoho_refreshes_total{dc="eu",outcome="ok",provider="sandbox"}')).toBeGreaterThanOrEqual(1);
    // The code exchange and the refresh, both at the token endpoint.
    expect(moved("zoho_console_zoho_request_duration_seconds_count", { endpoint: "token", provider: "sandbox", result: "answered" })).toBe(
      2,
    );
  });

  it("counts callbacks by outcome", () => {
    expect(moved("zoho_console_callbacks_total", { outcome: "grant_created" })).toBe(1);
    expect(moved("zoho_console_callbacks_total", { outcome: "unknown_state" })).toBe(1);
    expect(moved("zoho_console_callbacks_total")).toBe(2);
  });

  it("counts sign-in failures and rate-limit refusals", () => {
    expect(moved("zoho_console_sign_in_failures_total", { reason: "wrong_credentials" })).toBe(5);
    expect(moved("zoho_console_sign_in_failures_total", { reason: "rate_limited" })).toBe(1);
    expect(moved("zoho_console_rate_limit_refusals_total", { limit: "sign-in-account" })).toBe(1);
    expect(moved("zoho_console_rate_limit_refusals_total")).toBe(1);
  });

  it("counts audit events written, by action", () => {
    expect(moved("zoho_console_audit_events_total", { action: "grant.refreshed" })).toBe(1);
    expect(moved("zoho_console_audit_events_total", { action: "grant.created" })).toBe(1);
  });

  it("no label holds an id, a secret or anything unbounded", () => {
    const secrets = [
      own.seeded.apiKey,
      own.seeded.clientSecret,
      own.seeded.email,
      grantId,
      own.seeded.clientId,
      own.seeded.second.clientId,
    ];
    for (const secret of secrets) expect(text.includes(secret), `the exposition names ${secret.slice(0, 8)}…`).toBe(false);
    expect(ZOHO_TOKEN.exec(text)?.[0]).toBeUndefined();
    for (const [sample] of after) {
      for (const [, value] of sample.matchAll(/="((?:[^"\\]|\\.)*)"/g)) {
        expect(value, sample).not.toMatch(CUID);
        // Short words: outcomes, endpoints, data centres, limit names, audit actions, bucket bounds.
        expect(value, sample).toMatch(/^[\w.+:-]{1,60}$/);
      }
    }
  });

  it("the console's log is JSON lines, and holds none of the secrets either", () => {
    const lines = fs
      .readFileSync(own.logFile, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("{"));
    const records = lines.map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(records.some((r) => r.level === "warn" && r.msg.startsWith("sign-in"))).toBe(true);
    for (const secret of [own.seeded.apiKey, own.seeded.clientSecret]) expect(lines.join("\n")).not.toContain(secret);
  });
});
