// Issue 11 §3, a flood of anonymous callbacks: 5,000 hits at concurrency 20 stored 5,000 rows (long
// query strings +49 KB each), slowed every page, never expired, and 300 failures on a real client key
// wrote 300 audit events. Here, over HTTP on a console of its own with the PRODUCTION rate limit (the
// flood uses up 127.0.0.1's allowance, which must not refuse the suite's other callbacks).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../scripts/open-db";
import { CALLBACK_RATE_LIMIT_DEFAULT as CALLBACK_LIMIT_DEFAULT } from "../../lib/config/env";
import { closeFailureWindows, FAILURE_WINDOW_MS } from "../../lib/callbacks/close-failure-windows";
import { expireOrphanCallbacks, ORPHAN_TTL_MS } from "../../lib/callbacks/expire-orphan-callbacks";
import type { Db } from "../../lib/db";
import { OwnConsole } from "./own-console";
import { Session } from "./session";

const HITS = 5_000;
const CONCURRENCY = 20;
const marker = `flood${randomBytes(4).toString("hex")}`;
let own: OwnConsole;
let owner: Session;

/** Runs `count` calls with `concurrency` in flight. */
async function pool(count: number, concurrency: number, call: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await call(next++);
    }),
  );
}

const tally = { accepted: { key: 0, shared: 0 }, refused: { key: 0, shared: 0 }, other: [] as string[], retryAfter: new Set<string>() };

beforeAll(async () => {
  own = await OwnConsole.create("flood");
  await own.start();
  owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
}, 180_000);

afterAll(async () => {
  await own?.remove();
});

describe("a flood of 5,000 anonymous callbacks at concurrency 20", () => {
  it("records at most the rate limit's worth; every other hit is a 429 with Retry-After", async () => {
    const started = performance.now();
    const filler = "x".repeat(2_000);
    await pool(HITS, CONCURRENCY, async (i) => {
      // Half on a real client's callback path (a failure its workspace audits), half on the shared one.
      const onKey = i % 2 === 0;
      const url = onKey
        ? `${own.baseUrl}/oauth/callback/integration-key?error=${marker}&junk=${filler}`
        : `${own.baseUrl}/oauth/callback?state=junk${i}&junk=${filler}`;
      const res = await fetch(url, { redirect: "manual" });
      await res.arrayBuffer();
      const side = onKey ? "key" : "shared";
      if (res.status === 303) tally.accepted[side]++;
      else if (res.status === 429) {
        tally.refused[side]++;
        tally.retryAfter.add(res.headers.get("retry-after") ?? "none");
      } else tally.other.push(`${res.status} ${url.slice(0, 80)}`);
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `callback flood: ${HITS} hits in ${seconds.toFixed(1)} s`,
      JSON.stringify({ ...tally, retryAfter: [...tally.retryAfter].slice(0, 5) }),
    );
    expect(tally.other).toEqual([]);
    // One address, one window: exactly the limit got through, on both routes together.
    expect(tally.accepted.key + tally.accepted.shared).toBe(CALLBACK_LIMIT_DEFAULT);
    expect(tally.refused.key + tally.refused.shared).toBe(HITS - CALLBACK_LIMIT_DEFAULT);
    for (const value of tally.retryAfter) {
      expect(value).toMatch(/^\d+$/);
      expect(Number(value)).toBeGreaterThan(0);
      expect(Number(value)).toBeLessThanOrEqual(600);
    }
  }, 300_000);

  it("the workspace lists only what got through; the callbacks page counts what was refused", async () => {
    const feed = await owner.fetch(`/w/${own.seeded.slug}/callbacks/feed?after=1970-01-01T00:00:00Z`);
    const { callbacks } = (await feed.json()) as { callbacks: { outcome: string; error: string }[] };
    expect(callbacks).toHaveLength(tally.accepted.key);
    expect(callbacks.every((c) => c.outcome === "zoho_error" && c.error === marker)).toBe(true);
    // Counted in memory, saved by the upkeep every 10 s: the page shows them within seconds.
    let html = "";
    for (let i = 0; i < 40; i++) {
      html = await (await owner.fetch(`/w/${own.seeded.slug}/callbacks`)).text();
      if (html.includes(`data-count="${tally.refused.key}"`) && html.includes(`data-count="${tally.refused.shared}"`)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(/data-testid="refused-callbacks" data-count="(\d+)"/.exec(html)?.[1]).toBe(String(tally.refused.key));
    expect(/data-testid="refused-callbacks-shared" data-count="(\d+)"/.exec(html)?.[1]).toBe(String(tally.refused.shared));
    expect(html).toContain("most from 127.0.0.1");
  }, 60_000);

  it("in the database: one row per accepted hit and a few counters; orphans expire after 7 days; 1 + 1 audit events", async () => {
    await own.stop();
    const { db, close } = await openDb(own.databaseUrl);
    try {
      expect(await db.callbackEvent.count()).toBe(CALLBACK_LIMIT_DEFAULT);
      const refusals = await db.callbackRefusal.findMany();
      expect(refusals.length).toBeLessThanOrEqual(4);
      expect(refusals.reduce((n, r) => n + r.count, 0)).toBe(HITS - CALLBACK_LIMIT_DEFAULT);
      // The upkeep's expiry, run as it runs in the console, with the clock 7 days and a minute on.
      const later = new Date(Date.now() + ORPHAN_TTL_MS + 60_000);
      const expired = await expireOrphanCallbacks(db as unknown as Db, later);
      expect(expired.callbacks).toBe(tally.accepted.shared);
      expect(await db.callbackEvent.count({ where: { workspaceId: null } })).toBe(0);
      expect(await db.callbackEvent.count()).toBe(tally.accepted.key);
      // And the failure window, ten minutes on: its repeats become one event.
      expect(await closeFailureWindows(db as unknown as Db, new Date(Date.now() + FAILURE_WINDOW_MS + 60_000))).toBe(1);
    } finally {
      await close();
    }
    await own.start();
    owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
    const html = await (
      await owner.fetch(`/w/${own.seeded.slug}/audit?${new URLSearchParams({ action: "callback.failed", target: own.seeded.clientId })}`)
    ).text();
    const rows = [...html.matchAll(/<tr\b[^>]*data-testid="audit-row"[^>]*>([\s\S]*?)<\/tr>/g)]
      .map((m) => m[1])
      .filter((r) => r.includes(marker));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`repeats: ${tally.accepted.key - 1}`);
    expect(rows[1]).not.toContain("repeats");
  }, 180_000);
});
