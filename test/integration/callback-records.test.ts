// Issue 11 §3, what a stranger can make the console keep and show: query strings of any length were
// stored whole (+49 KB a row), the result page showed anyone the text an attacker put in the URL, and
// each failing hit on a real client key was one more event in the workspace's append-only trail.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml } from "./forms";
import { Session } from "./session";

const seeded = inject("seeded");
const base = inject("baseUrl");
const owner = new Session();
const stranger = new Session();
const run = randomBytes(4).toString("hex");

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await stranger.signIn(seeded.other.email, seeded.other.password);
});

/** Sends a callback without a session and returns its result page's path. */
async function anonymousCallback(pathAndQuery: string): Promise<string> {
  const res = await fetch(`${base}${pathAndQuery}`, { redirect: "manual" });
  expect(res.status).toBe(303);
  return new URL(res.headers.get("location")!).pathname;
}

/** The parameters a result page lists ("What Zoho sent"), decoded. */
function shownParams(html: string): [string, string][] {
  return [...html.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt><dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [
    decodeHtml(m[1].replace(/<!-- -->/g, "")),
    decodeHtml(m[2].replace(/<!-- -->/g, "")),
  ]);
}

describe("a callback's stored parameters are bounded", () => {
  it("a 12 KB query string is kept as at most 20 parameters and 4,000 characters, visibly cut", async () => {
    const query = new URLSearchParams({ state: `long-${run}`, error_description: "d".repeat(5_000) });
    for (let i = 0; i < 60; i++) query.append(`p${i}`, "v".repeat(100));
    expect(query.toString().length).toBeGreaterThan(11_000);
    const result = await anonymousCallback(`/oauth/callback?${query}`);
    const params = shownParams(await (await owner.fetch(result)).text());
    const kept = params.filter(([k]) => k !== "[truncated]");
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(kept.reduce((n, [k, v]) => n + k.length + v.length, 0)).toBeLessThanOrEqual(4_000);
    expect(params.find(([k]) => k === "error_description")?.[1]).toMatch(/^d{500}… \[4500 more characters\]$/);
    expect(params.find(([k]) => k === "[truncated]")?.[1]).toMatch(/^\d+ more parameters not stored/);
  });
});

describe("the result page shows a stranger's text only to the workspace's members", () => {
  const bait = `Call-555-${run}-to-restore-your-account`;

  it("on a client's own callback path: anonymous and other users see the outcome only; a member sees everything", async () => {
    const result = await anonymousCallback(
      `/oauth/callback/integration-key?${new URLSearchParams({ error: "access_denied", error_description: bait, note: bait })}`,
    );
    const anonymous = await (await fetch(`${base}${result}`)).text();
    expect(anonymous).toContain("Authorization not completed");
    expect(anonymous).not.toContain(bait);
    const other = await (await stranger.fetch(result)).text();
    expect(other).toContain("Authorization not completed");
    expect(other).not.toContain(bait);
    expect(await (await owner.fetch(result)).text()).toContain(bait);
  });

  it("on the shared callback path (no workspace): anonymous viewers see no parameter; a signed-in user does", async () => {
    const result = await anonymousCallback(`/oauth/callback?${new URLSearchParams({ state: `unknown-${run}`, note: bait })}`);
    const anonymous = await (await fetch(`${base}${result}`)).text();
    expect(anonymous).toContain("Authorization not completed");
    expect(anonymous).not.toContain(bait);
    expect(await (await owner.fetch(result)).text()).toContain(bait);
  });
});

describe("300 identical failures on a real client key", () => {
  it("add one callback.failed event to the workspace's trail, not 300 (the rest are counted for one later event)", async () => {
    const marker = `fold${run}`;
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < 300) {
          next++;
          const res = await fetch(`${base}/oauth/callback/integration-key?error=${marker}`, { redirect: "manual" });
          await res.arrayBuffer();
          statuses.push(res.status);
        }
      }),
    );
    expect(statuses.filter((s) => s === 303)).toHaveLength(300);
    // All 300 were recorded (the suite's console lifts the rate limit) ...
    const feed = await owner.fetch(
      `/w/${seeded.slug}/callbacks/feed?${new URLSearchParams({ after: new Date(Date.now() - 10 * 60_000).toISOString(), client: seeded.clientId })}`,
    );
    const { callbacks } = (await feed.json()) as { callbacks: { error: string | null }[] };
    expect(callbacks.filter((c) => c.error === marker).length).toBe(100); // the feed's page size
    // ... and audited once.
    const html = await (
      await owner.fetch(`/w/${seeded.slug}/audit?${new URLSearchParams({ action: "callback.failed", target: seeded.clientId })}`)
    ).text();
    const rows = [...html.matchAll(/<tr\b[^>]*data-testid="audit-row"[^>]*>([\s\S]*?)<\/tr>/g)].filter((m) => m[1].includes(marker));
    expect(rows).toHaveLength(1);
  }, 120_000);
});
