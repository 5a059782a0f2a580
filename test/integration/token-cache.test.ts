import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ConsoleProcess } from "../console-process";
import { startSecondInstance } from "./second-instance";
import { openDb } from "../../scripts/open-db";
import { newState } from "./console-authorize";
import { decodeHtml, findForm, findFormAfter, submitForm } from "./forms";
import { countSandboxAccessTokens, obtainCode, setSandboxFaults } from "./sandbox";
import { OwnConsole } from "./own-console";
import { locationOf, Session } from "./session";

// The token cache (issue 18, lib/token-cache/): the token API answers from memory, and every write that
// changes what it holds evicts it — so the very next request after a revoke, a grant-list edit or a
// reported token sees the change, with no sleep. On PostgreSQL a second instance hears of it through
// LISTEN/NOTIFY, and flushes everything when that connection is cut.
const seeded = inject("seeded");
const owner = new Session();
const w = `/w/${seeded.slug}`;
const keysPage = `${w}/settings/api-keys`;

const faults = (body: object) => setSandboxFaults(owner, seeded.slug, body);
const sandboxAccessTokens = () => countSandboxAccessTokens(owner, seeded.slug, seeded.second.zohoClientId);

async function newGrant(label: string): Promise<string> {
  const state = await newState(owner, seeded.second.clientId);
  const code = await obtainCode(owner, { state, userEmail: "emma.schmidt@sandbox.zoho.test", zohoClientId: seeded.second.zohoClientId });
  const res = await owner.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  expect(await (await owner.fetch(locationOf(res))).text()).toContain('data-outcome="grant_created"');
  const grants = await (await owner.fetch(`${w}/grants`)).text();
  const id = /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(grants)![1];
  const page = `${w}/grants/${id}`;
  await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), "relabel-grant"), { label });
  return id;
}

/** A new API key made on the settings page: for every grant, or for the ones listed. */
async function newKey(name: string, grantIds: string[] = [], page = keysPage): Promise<string> {
  const form = findForm(await (await owner.fetch(page)).text(), "create-api-key");
  const values: Record<string, string> = grantIds.length ? { name, scope: "grants", grantIds: grantIds[0] } : { name, scope: "all" };
  const html = await (await submitForm(owner, page, form, values)).text();
  const key = /data-testid="new-api-key"[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
  expect(key).toMatch(/^zoc_/);
  return key;
}

async function revokeKey(key: string, session = owner, page = keysPage) {
  const html = await (await session.fetch(page)).text();
  const res = await submitForm(session, page, findFormAfter(html, `data-prefix="${key.split("_")[1]}"`, "revoke-api-key"));
  expect(res.status).toBe(200);
}

const get = (base: string, key: string, grantId: string) =>
  fetch(`${base}/api/v1/grants/${grantId}/access-token`, { headers: { authorization: `Bearer ${key}` } });
const tokenOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
};

let grant1 = "";
let grant2 = "";
const base = () => owner.baseUrl;
beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await faults({ reset: true });
  await faults({ accessTokenTtlSeconds: 3600, codeLimit: 1000 });
  grant1 = await newGrant(`cache-one-${Date.now()}`);
  grant2 = await newGrant(`cache-two-${Date.now()}`);
});
afterAll(() => faults({ reset: true }));

describe("the token cache, on one instance", () => {
  it("a revoked key is refused by the very next request", async () => {
    const key = await newKey("Cache revoke");
    const first = await tokenOf(await get(base(), key, grant1));
    // Served from memory now: the same token, many times.
    const again = await Promise.all(Array.from({ length: 20 }, () => get(base(), key, grant1).then(tokenOf)));
    expect(new Set(again)).toEqual(new Set([first]));
    await revokeKey(key);
    const refused = await get(base(), key, grant1);
    expect(refused.status).toBe(401);
    expect((await get(base(), key, grant1)).status).toBe(401);
  });

  it("a key's grant list edited (bulk add to key) is the list the very next request sees", async () => {
    const key = await newKey("Cache list", [grant1]);
    await tokenOf(await get(base(), key, grant1));
    expect((await get(base(), key, grant2)).status).toBe(404);
    expect((await get(base(), key, grant2)).status).toBe(404);
    const label = decodeHtml(await (await owner.fetch(`${w}/grants/${grant2}`)).text()).match(/cache-two-\d+/)![0];
    const bulk = `${w}/grants/bulk?q=${label}`;
    const keyId = /<option value="([^"]+)"[^>]*>Cache list/.exec(await (await owner.fetch(bulk)).text())?.[1];
    expect(keyId).toBeTruthy();
    const res = await submitForm(owner, bulk, findForm(await (await owner.fetch(bulk)).text(), "bulk-add-to-key"), { keyId: keyId! });
    expect(res.status).toBeLessThan(400);
    await tokenOf(await get(base(), key, grant2));
  });

  it("a reported token (…/invalidate) is replaced, and the next GET serves the new one, not the cached old one", async () => {
    const key = await newKey("Cache invalidate");
    const old = await tokenOf(await get(base(), key, grant1));
    expect(await tokenOf(await get(base(), key, grant1))).toBe(old);
    const before = await sandboxAccessTokens();
    const reported = await fetch(`${base()}/api/v1/grants/${grant1}/access-token/invalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ accessToken: old }),
    });
    const fresh = await tokenOf(reported);
    expect(fresh).not.toBe(old);
    expect(await tokenOf(await get(base(), key, grant1))).toBe(fresh);
    expect(await sandboxAccessTokens()).toBe(before + 1);
  });

  it("a revoked grant is refused by the very next request", async () => {
    const key = await newKey("Cache grant revoke");
    await tokenOf(await get(base(), key, grant2));
    await tokenOf(await get(base(), key, grant2));
    const page = `${w}/grants/${grant2}`;
    await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), "revoke-grant"));
    const gone = await get(base(), key, grant2);
    expect(gone.status).toBe(410);
  });

  it("a deleted workspace's keys are refused by the very next request", async () => {
    const created = await submitForm(
      owner,
      "/workspaces/new",
      findForm(await (await owner.fetch("/workspaces/new")).text(), "create-workspace"),
      { name: "Cache deleted" },
    );
    const slug = /^\/w\/([^/?]+)/.exec(new URL(locationOf(created), base()).pathname)![1];
    const key = await newKey("Doomed", [], `/w/${slug}/settings/api-keys`);
    const list = () => fetch(`${base()}/api/v1/grants`, { headers: { authorization: `Bearer ${key}` } });
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(200);
    const settings = `/w/${slug}/settings`;
    const deleted = await submitForm(owner, settings, findForm(await (await owner.fetch(settings)).text(), "delete-workspace"), {
      confirmSlug: slug,
    });
    expect(deleted.status).toBeLessThan(400);
    expect((await list()).status).toBe(401);
  });
});

// Two instances on one PostgreSQL: B hears of A's writes through NOTIFY, and a cut LISTEN connection flushes B.
describe.runIf(!!process.env.INTEGRATION_DATABASE_URL)("the token cache, on two instances", () => {
  let second: ConsoleProcess;
  let b = "";
  let sql: pg.Client;
  let grant = "";
  beforeAll(async () => {
    second = await startSecondInstance("token-cache");
    b = second.baseUrl;
    sql = new pg.Client({ connectionString: process.env.INTEGRATION_DATABASE_URL });
    await sql.connect();
    grant = await newGrant(`cache-pg-${Date.now()}`);
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await sql?.end();
  });

  /** Until B answers `status` (every 10 ms, at most `ms`): how long it took, or null. */
  async function until(key: string, status: number, ms = 3000): Promise<number | null> {
    const started = performance.now();
    while (performance.now() - started < ms) {
      if ((await get(b, key, grant)).status === status) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
    return null;
  }

  /** B serves `key` from memory: a revocation written straight to the database (no NOTIFY) goes unseen there. */
  async function warmOnB(key: string) {
    const prefix = key.split("_")[1];
    for (let i = 0; i < 50; i++) {
      await tokenOf(await get(b, key, grant));
      await sql.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE "prefix" = $1`, [prefix]);
      const cached = (await get(b, key, grant)).status === 200;
      await sql.query(`UPDATE "ApiKey" SET "revokedAt" = NULL WHERE "prefix" = $1`, [prefix]);
      if (cached) return;
      await new Promise((r) => setTimeout(r, 100)); // B's eviction channel is still connecting
    }
    throw new Error("instance B never cached the key");
  }

  it("a key revoked on A is refused by B within 1 s", async () => {
    const key = await newKey("Cache two instances");
    await warmOnB(key);
    const revoked = performance.now();
    await revokeKey(key);
    const seen = await until(key, 401);
    expect(seen).not.toBeNull();
    expect(performance.now() - revoked).toBeLessThan(1000 + 500); // the revoke's own round trip aside
    expect(seen!).toBeLessThan(1000);
  });

  it("a grant revoked on A is refused by B within 1 s", async () => {
    const key = await newKey("Cache two grants");
    const g = await newGrant(`cache-pg-revoke-${Date.now()}`);
    await tokenOf(await get(b, key, g));
    await tokenOf(await get(b, key, g));
    const page = `${w}/grants/${g}`;
    await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), "revoke-grant"));
    const started = performance.now();
    let status = 0;
    while (performance.now() - started < 1000 && status !== 410) status = (await get(b, key, g)).status;
    expect(status).toBe(410);
  });

  it("killing B's LISTEN connection (pg_terminate_backend) flushes its cache: nothing stale is served after it", async () => {
    const key = await newKey("Cache listener");
    await warmOnB(key);
    // A change B cannot hear of (straight to the database): B keeps serving it from memory...
    await sql.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE "prefix" = $1`, [key.split("_")[1]]);
    expect((await get(b, key, grant)).status).toBe(200);
    // ...until its eviction channel drops: then it flushes, and asks the database.
    const { rowCount } = await sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'console-token-cache'`,
    );
    expect(rowCount).toBeGreaterThanOrEqual(2); // A's and B's
    expect(await until(key, 401, 1000)).not.toBeNull();
    for (let i = 0; i < 20; i++) expect((await get(b, key, grant)).status).toBe(401);
    // The channel comes back, and evictions reach B again.
    const next = await newKey("Cache listener again");
    await warmOnB(next);
    await revokeKey(next);
    expect(await until(next, 401, 1000)).not.toBeNull();
  });
});

// Last use is counted in memory and written in batches: a clean shutdown (SIGTERM) writes what was counted.
describe("last use on a clean shutdown", () => {
  let own: OwnConsole;
  beforeAll(async () => {
    // An interval far longer than the test: only the shutdown can write the batch.
    own = await OwnConsole.create("usage-shutdown", { USAGE_FLUSH_MS: "3600000" });
    await own.start();
  });
  afterAll(() => own?.remove());

  it("the key's last use and its hourly apikey.used event are written when the console stops, not lost", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${own.baseUrl}/api/v1/grants`, { headers: { authorization: `Bearer ${own.seeded.apiKey}` } });
      expect(res.status).toBe(200);
    }
    const prefix = own.seeded.apiKey.split("_")[1];
    await own.stop();
    const { db, close } = await openDb(own.databaseUrl);
    try {
      const key = await db.apiKey.findUniqueOrThrow({ where: { prefix }, select: { id: true, lastUsedAt: true } });
      expect(key.lastUsedAt).not.toBeNull();
      expect(await db.auditEvent.count({ where: { action: "apikey.used", targetId: key.id } })).toBe(1);
    } finally {
      await close();
    }
  });
});
