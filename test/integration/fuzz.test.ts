import { beforeAll, describe, expect, inject, it } from "vitest";
import { findForm, submitForm } from "./forms";
import { prng, type Prng } from "../prng";
import { hostile, HOSTILE, INTERNAL_TEXT, long, rawQuery, XSS } from "./fuzz-input";
import { Session } from "./session";

// Malformed, oversized, duplicated and hostile input against the callback routes, the token API and
// every form of the console, over HTTP against the real console. Each case comes from a seeded PRNG
// (FUZZ_SEED replays a run); each part stops at its time budget. Whatever arrives: no 5xx, no stack
// trace or driver message, problem JSON on the API, and nothing stored half-way.
const seeded = inject("seeded");
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 20_000);
const CONCURRENCY = 4;
const w = `/w/${seeded.slug}`;
const owner = new Session();
const base = owner.baseUrl;
const sandboxUs = `${base}/sandbox/us`;
const caseRng = (part: number, i: number) => prng((SEED ^ Math.imul(part + 1, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
const tag = (part: string, i: number) => `${part} case #${i} (FUZZ_SEED=${SEED})`;

/** Runs cases 0, 1, 2… with a few in flight until `max` cases or the time budget; returns how many ran. */
async function runCases(max: number, budgetMs: number, run: (i: number) => Promise<void>): Promise<number> {
  const deadline = Date.now() + budgetMs;
  let next = 0;
  const worker = async () => {
    while (next < max && Date.now() < deadline) await run(next++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return next;
}

const noInternals = (body: string, what: string) =>
  expect(INTERNAL_TEXT.exec(body)?.[0], `${what}: internal error text in the answer`).toBeUndefined();
const noRawXss = (body: string, what: string) => {
  for (const x of XSS) expect(body.includes(x), `${what}: unescaped ${x}`).toBe(false);
};

async function countAll(path: string): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const res: Response = await fetch(`${base}${path}?limit=200${cursor ? `&cursor=${cursor}` : ""}`, {
      headers: { authorization: `Bearer ${seeded.apiKey}` },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { data: unknown[]; next_cursor: string | null };
    total += page.data.length;
    cursor = page.next_cursor;
  } while (cursor);
  return total;
}

/** What a refused input must leave as it was: row counts in the API and the UI, the workspace's name. */
async function snapshot() {
  const html = async (path: string) => (await owner.fetch(path)).text();
  const count = (s: string, what: string) => s.split(what).length - 1;
  const [members, keys, settings] = await Promise.all([html(`${w}/members`), html(`${w}/settings/api-keys`), html(`${w}/settings`)]);
  return {
    clients: await countAll("/api/v1/clients"),
    grants: await countAll("/api/v1/grants"),
    members: count(members, 'data-testid="member-row"'),
    invites: count(members, 'data-testid="invite-row"'),
    apiKeys: count(keys, 'data-testid="api-key-row"'),
    workspaceName: /name="name"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="name"/.exec(settings)?.slice(1).find(Boolean) ?? null,
  };
}

const figures: Record<string, unknown> = {};
let before: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  before = await snapshot();
  expect(before.clients).toBeGreaterThan(0);
  expect(before.members).toBeGreaterThan(0);
});

describe("the callback routes", () => {
  const KEYS = ["code", "state", "location", "accounts-server", "error", "error_description", "scope", "code", "state", "accounts-server"];
  const resultIds = new Set<string>();
  let reached = 0;
  let reachedClientKey = 0;
  let refused = 0;
  const started = new Date(Date.now() - 1000);

  function callbackCase(r: Prng, i: number) {
    // The client's own callback path (its callbacks are listed in the workspace) for the first cases
    // only: the workspace's feed, which checks their count, lists at most 100.
    const roll = r.next();
    const clientKey = i < 400 && roll < 0.25;
    const path = clientKey
      ? "/oauth/callback/integration-key"
      : roll < 0.32
        ? `/oauth/callback/${encodeURIComponent(hostile(r, 300).toWellFormed()) || "x"}`
        : roll < 0.34
          ? r.pick(["/oauth/callback/%ff", "/oauth/callback/%c3%28", "/oauth/callback/%"])
          : "/oauth/callback";
    const pairs: [string, string][] = [];
    for (let n = r.int(7); n >= 0; n--) {
      const key = r.chance(0.85) ? r.pick(KEYS) : hostile(r, 200);
      const value =
        key === "accounts-server" && r.chance(0.5)
          ? r.pick([sandboxUs, `${base}/sandbox/eu`, "https://accounts.zoho.com"])
          : key === "code" && r.chance(0.4)
            ? `1000.${long(r, 32).replace(/[^a-f0-9]/g, "a")}.${"b".repeat(32)}`
            : key === "location" && r.chance(0.5)
              ? r.pick(["us", "eu", "in", "xx", ""])
              : hostile(r, 3_000);
      pairs.push([key, value]);
    }
    const method = r.chance(0.88) ? "GET" : r.pick(["HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]);
    return { path, query: rawQuery(r, pairs), method, signedIn: r.chance(0.5), clientKey };
  }

  it("answers every case without a 5xx, and records each one that reaches it exactly once", async () => {
    const t0 = performance.now();
    const cases = await runCases(5_000, BUDGET_MS, async (i) => {
      const r = caseRng(1, i);
      const c = callbackCase(r, i);
      const what = `${tag("callback", i)} ${c.method} ${c.path}?${c.query.slice(0, 200)}`;
      const init: RequestInit = { method: c.method, redirect: "manual" };
      if (c.method !== "GET" && c.method !== "HEAD" && r.chance(0.7)) init.body = hostile(r, 100_000);
      const res = c.signedIn ? await owner.fetch(`${c.path}?${c.query}`, init) : await fetch(`${base}${c.path}?${c.query}`, init);
      const body = await res.text();
      expect(res.status, what).toBeLessThan(500);
      noInternals(body, what);
      if (res.status === 303) {
        expect(c.method, what).toBe("GET");
        const id = /^https?:\/\/[^/]+\/oauth\/result\/(\w+)$/.exec(res.headers.get("location") ?? "")?.[1];
        expect(id, `${what}: redirect ${res.headers.get("location")}`).toBeTruthy();
        expect(resultIds.has(id!), `${what}: a second answer with one record`).toBe(false);
        resultIds.add(id!);
        reached++;
        if (c.clientKey) reachedClientKey++;
      } else {
        // Only a malformed path (400), a method the route does not take (405), Next's own answer to
        // OPTIONS (204) or Node's HTTP parser refusing a URL over 16 KB (431) stops before the handler.
        expect(c.method === "OPTIONS" ? [400, 204, 431] : [400, 405, 431], what).toContain(res.status);
        if (c.method === "GET" && res.status === 400) expect(c.path, what).toMatch(/%/);
        refused++;
      }
    });
    // One oversized request: refused by the HTTP server itself (431), not an error.
    const huge = await fetch(`${base}/oauth/callback?state=${"a".repeat(100_000)}`, { redirect: "manual" });
    expect([414, 431]).toContain(huge.status);
    figures.callback = { cases: cases + 1, reached, refused, ms: Math.round(performance.now() - t0) };
    expect(cases).toBeGreaterThan(200);
    expect(reached + refused).toBe(cases);
  }, 120_000);

  it("each recorded callback has its final outcome and its page shows the input escaped", async () => {
    const ids = [...resultIds];
    const outcomes: Record<string, number> = {};
    await runCases(ids.length, 60_000, async (i) => {
      const res = await owner.fetch(`/oauth/result/${ids[i]}`);
      const html = await res.text();
      expect(res.status, ids[i]).toBe(200);
      const outcome = /data-outcome="([a-z_]+)"/.exec(html)?.[1] ?? "none";
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      // Half-way: recorded but never finished; or an internal error; or a grant from junk.
      expect(["none", "received", "internal_error", "grant_created"], `${ids[i]}: ${outcome}`).not.toContain(outcome);
      noInternals(html, ids[i]);
      noRawXss(html, ids[i]);
    });
    figures.callbackOutcomes = outcomes;
  }, 120_000);

  it("the workspace lists exactly the client-path callbacks that reached the console", async () => {
    const feed = await owner.fetch(`${w}/callbacks/feed?${new URLSearchParams({ after: started.toISOString(), client: seeded.clientId })}`);
    const { callbacks } = (await feed.json()) as { callbacks: { id: string; outcome: string }[] };
    expect(reachedClientKey).toBeGreaterThan(10);
    expect(reachedClientKey).toBeLessThan(100);
    expect(callbacks.length).toBe(reachedClientKey);
    for (const c of callbacks) expect(resultIds.has(c.id)).toBe(true);
  });
});

describe("the token API", () => {
  const PATHS = ["/api/v1/grants", "/api/v1/clients", "/api/v1/openapi.json"];
  const PARAMS = ["limit", "cursor", "client", "status", "location", "zohoUser", "limit", "cursor"];
  // Header values must be bytes (latin-1) without line breaks; fetch refuses anything else itself.
  const headerSafe = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, "?");

  function apiCase(r: Prng) {
    const roll = r.next();
    const path =
      roll < 0.5
        ? r.pick(PATHS)
        : roll < 0.8
          ? `/api/v1/grants/${encodeURIComponent(hostile(r, 500).toWellFormed()) || "x"}/access-token`
          : roll < 0.95
            ? `/api/v1/${encodeURIComponent(hostile(r, 200).toWellFormed())}`
            : r.pick(["/api/v1/grants/%ff/access-token", "/api/v1/%c3%28", "/api/v1/grants/%/access-token"]);
    const key = seeded.apiKey;
    const auth = r.pick([
      null,
      "",
      "Bearer",
      "Bearer ",
      `Bearer ${key}`,
      `Bearer ${key}`,
      `Bearer ${key}`,
      `bearer ${key}`,
      `Bearer ${key}x`,
      `Bearer ${key.slice(0, -1)}`,
      `Bearer ${key} ${key}`,
      `Bearer\t${key}`,
      `Basic ${Buffer.from(`u:${key}`).toString("base64")}`,
      `Bearer ${seeded.expiredApiKey}`,
      `Bearer zoc_${headerSafe(hostile(r, 300))}`,
      `Bearer ${"z".repeat(8_000)}`,
      headerSafe(hostile(r, 500)),
      `Token ${key}`,
    ]);
    const pairs: [string, string][] = [];
    for (let n = r.int(5); n > 0; n--)
      pairs.push([
        r.chance(0.85) ? r.pick(PARAMS) : hostile(r, 100),
        r.chance(0.2) ? r.pick(["1", "200", "201", "0", "ACTIVE", "eu"]) : hostile(r, 1_000),
      ]);
    const method = r.chance(0.75) ? "GET" : r.pick(["HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
    const body =
      method !== "GET" && method !== "HEAD" && r.chance(0.7)
        ? r.pick([hostile(r, 100_000), JSON.stringify({ id: hostile(r), limit: -1 }), "{", "[]", "null"])
        : undefined;
    return { path, query: pairs.length ? `?${rawQuery(r, pairs)}` : "", auth, method, body };
  }

  it("answers every case with JSON or RFC 9457 problem JSON, never a 5xx, never cached", async () => {
    const t0 = performance.now();
    const statuses: Record<number, number> = {};
    const cases = await runCases(20_000, BUDGET_MS, async (i) => {
      const r = caseRng(2, i);
      const c = apiCase(r);
      const what = `${tag("api", i)} ${c.method} ${c.path}${c.query.slice(0, 200)} auth=${c.auth?.slice(0, 40)}`;
      const headers: Record<string, string> = {};
      if (c.auth !== null) headers.authorization = c.auth;
      if (c.body !== undefined) headers["content-type"] = r.pick(["application/json", "text/plain", "application/x-www-form-urlencoded"]);
      const res = await fetch(`${base}${c.path}${c.query}`, { method: c.method, headers, body: c.body, redirect: "manual" });
      const text = await res.text();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      expect(res.status, what).toBeLessThan(500);
      // Node's HTTP parser refuses more than 16 KB of URL and headers before the console sees them.
      if (res.status === 431) return;
      // Next's canonical redirect for a trailing slash, to the same path without it.
      if (res.status === 308) return expect(res.headers.get("location"), what).toMatch(/^\/api\/v1([^/]|$)/);
      // The OpenAPI document is public and may be cached; everything else holds token metadata.
      if (!(c.path === "/api/v1/openapi.json" && res.status === 200))
        expect(res.headers.get("cache-control") ?? "", what).toContain("no-store");
      noInternals(text, what);
      if (c.method === "HEAD") return;
      const type = res.headers.get("content-type") ?? "";
      if (res.status >= 400) {
        expect(type, what).toBe("application/problem+json");
        const problem = JSON.parse(text);
        expect(problem.status, what).toBe(res.status);
        expect(problem.type, what).toMatch(/^https:\/\/zoho-oauth-console\.dev\/problems\/[a-z-]+$/);
        expect(typeof problem.title, what).toBe("string");
        if (res.status === 401) expect(res.headers.get("www-authenticate"), what).toBe("Bearer");
      } else {
        expect(res.status, what).toBe(200);
        expect(type, what).toMatch(/^application\/json/);
        JSON.parse(text);
      }
    });
    figures.api = { cases, statuses, ms: Math.round(performance.now() - t0) };
    expect(cases).toBeGreaterThan(300);
  }, 120_000);
});

describe("every form on the console pages", () => {
  const PAGES = [
    w,
    `${w}/clients`,
    `${w}/clients/${seeded.clientId}`,
    `${w}/clients/${seeded.matrixClientId}`,
    `${w}/clients/new`,
    `${w}/clients/transfer`,
    `${w}/authorize`,
    `${w}/callbacks`,
    `${w}/grants`,
    `${w}/members`,
    `${w}/settings`,
    `${w}/settings/api-keys`,
    `${w}/debug`,
    `${w}/api`,
    `${w}/audit`,
  ];
  // Input every form must refuse: required text empty or blank, or far beyond any sensible length
  // (built from the hostile pieces, so an echo of it also shows whether it is escaped).
  const refusable = (r: Prng) =>
    r.pick(["", "   ", "\t\n", "oversized", "oversized", "oversized"]) === "oversized"
      ? long(r, 4_000 + r.int(96_000))
      : r.pick(["", "   ", "\t\n"]);

  it("refuses hostile field values with an answer, never a 5xx, and stores nothing", async () => {
    const t0 = performance.now();
    const forms: { name: string; page: string; form: ReturnType<typeof findForm> }[] = [];
    for (const page of PAGES) {
      const html = await (await owner.fetch(page)).text();
      for (const name of new Set([...html.matchAll(/<form\b[^>]*data-action="([^"]+)"/g)].map((m) => m[1]))) {
        const form = findForm(html, name);
        // Forms without a field of their own act on their bound arguments only (sign out, revoke this
        // key, archive): nothing to fuzz, and replaying them would do exactly what they say.
        if (form.fields.some(([field]) => !field.startsWith("$ACTION"))) forms.push({ name, page, form });
      }
    }
    expect(forms.length).toBeGreaterThan(10);
    const perForm: Record<string, Record<number, number>> = {};
    let cases = 0;
    const budgetPerForm = BUDGET_MS / forms.length;
    for (const [f, { name, page, form }] of forms.entries()) {
      const statuses: Record<number, number> = (perForm[name] = {});
      cases += await runCases(200, budgetPerForm, async (i) => {
        const r = caseRng(3 + f, i);
        const values: Record<string, string> = {};
        for (const [field] of form.fields) if (!field.startsWith("$ACTION")) values[field] = refusable(r);
        // Sometimes a field twice, or one the form does not have.
        if (r.chance(0.2)) values[hostile(r, 50) || "extra"] = hostile(r);
        const what = `${tag(`form ${name}`, i)} on ${page}`;
        const res = await submitForm(owner, page, form, values);
        const html = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        expect(res.status, what).toBeLessThan(500);
        expect(res.status, `${what}: accepted input it must refuse`).not.toBe(303);
        noInternals(html, what);
        noRawXss(html, what);
      });
    }
    const after = await snapshot();
    expect(after).toEqual(before);
    figures.forms = { forms: forms.length, cases, perForm, ms: Math.round(performance.now() - t0) };
    expect(cases).toBeGreaterThan(forms.length * 5);
  }, 180_000);
});

describe("afterwards", () => {
  it("nothing was stored half-way: no grant from junk, row counts unchanged", async () => {
    expect(await snapshot()).toEqual(before);
    console.log(`fuzz figures (FUZZ_SEED=${SEED}):`, JSON.stringify(figures));
    expect(HOSTILE.length).toBeGreaterThan(50);
  });
});
