import { describe, expect, it } from "vitest";
import { evictionPayloads, readEvictionPayload } from "./eviction-channel";
import { KEY_TTL_MS, TokenCache, type CachedKey, type CachedToken } from "./token-cache";

const key = (over: Partial<CachedKey> = {}): CachedKey => ({
  keyId: "k1",
  hash: "h",
  grantIds: [],
  expiresAt: null,
  workspace: { id: "w1", slug: "w", name: "W" },
  ...over,
});
const token = (workspaceId = "w1"): CachedToken => ({
  workspaceId,
  result: {
    ok: true,
    accessToken: "t",
    expiresAt: new Date(0),
    apiDomain: "https://www.zohoapis.com",
    location: "us",
    refreshed: false,
    orgWide: false,
    provider: "ZOHO",
  },
});

function clocked() {
  let now = 1_000_000;
  const cache = new TokenCache(() => now);
  return { cache, tick: (ms: number) => (now += ms), now: () => now };
}

describe("token cache expiry", () => {
  it("keeps a key 60 s, then reads it again", () => {
    const { cache, tick } = clocked();
    expect(cache.putKey("p", key(), cache.mark())).toBe(true);
    tick(KEY_TTL_MS - 1);
    expect(cache.getKey("p")?.keyId).toBe("k1");
    tick(1);
    expect(cache.getKey("p")).toBeNull();
  });

  it("keeps a key no longer than its own expiry, and not at all once expired", () => {
    const { cache, tick, now } = clocked();
    cache.putKey("p", key({ expiresAt: new Date(now() + 10_000) }), cache.mark());
    tick(9_999);
    expect(cache.getKey("p")).not.toBeNull();
    tick(1);
    expect(cache.getKey("p")).toBeNull();
    expect(cache.putKey("p", key({ expiresAt: new Date(now()) }), cache.mark())).toBe(false);
  });

  it("serves a token until its serving time (expiry less the margin), never after", () => {
    const { cache, tick, now } = clocked();
    expect(cache.putToken("g1", token(), now() + 5_000, cache.mark())).toBe(true);
    tick(4_999);
    expect(cache.getToken("g1")?.result.accessToken).toBe("t");
    tick(1);
    expect(cache.getToken("g1")).toBeNull();
    expect(cache.putToken("g1", token(), now(), cache.mark())).toBe(false);
  });
});

describe("token cache eviction", () => {
  it("evicts by key, grant and workspace", () => {
    const { cache, now } = clocked();
    const fill = () => {
      cache.putKey("p1", key(), cache.mark());
      cache.putKey("p2", key({ keyId: "k2", workspace: { id: "w2", slug: "x", name: "X" } }), cache.mark());
      cache.putToken("g1", token(), now() + 60_000, cache.mark());
      cache.putToken("g2", token("w2"), now() + 60_000, cache.mark());
    };
    fill();
    cache.evict({ keyIds: ["k1"], grantIds: ["g2"] });
    expect([cache.getKey("p1"), cache.getKey("p2")?.keyId, cache.getToken("g1")?.workspaceId, cache.getToken("g2")]).toEqual([
      null,
      "k2",
      "w1",
      null,
    ]);
    fill();
    cache.evict({ workspaceIds: ["w2"] });
    expect(cache.size).toEqual({ keys: 1, tokens: 1 });
    expect(cache.getKey("p2")).toBeNull();
  });

  it("refuses to fill with a read that started before an eviction of the same entry, or a flush", () => {
    const { cache, now } = clocked();
    const before = cache.mark();
    cache.evict({ keyIds: ["k1"], grantIds: ["g1"] });
    expect(cache.putKey("p", key(), before)).toBe(false);
    expect(cache.putToken("g1", token(), now() + 60_000, before)).toBe(false);
    // Another entry's eviction does not stop it.
    expect(cache.putToken("g9", token(), now() + 60_000, before)).toBe(true);
    const beforeFlush = cache.mark();
    cache.flush();
    expect(cache.putKey("p", key({ keyId: "k7" }), beforeFlush)).toBe(false);
    expect(cache.putKey("p", key({ keyId: "k7" }), cache.mark())).toBe(true);
  });

  it("serves nothing and keeps nothing while off (PostgreSQL, eviction channel down)", () => {
    const { cache, now } = clocked();
    cache.putKey("p", key(), cache.mark());
    cache.enabled = false;
    expect(cache.getKey("p")).toBeNull();
    expect(cache.putToken("g1", token(), now() + 60_000, cache.mark())).toBe(false);
  });

  it("wakes a waiter when its grant changes, else after the time given", async () => {
    const { cache, now } = clocked();
    const started = performance.now();
    const waiting = cache.changeOf("g1", 5_000);
    cache.putToken("g1", token(), now() + 60_000, cache.mark());
    await waiting;
    expect(performance.now() - started).toBeLessThan(1_000);
    await cache.changeOf("g2", 20);
  });
});

describe("eviction messages", () => {
  it("chunk under NOTIFY's 8,000 bytes, and a garbled one is a flush", () => {
    const ids = Array.from({ length: 450 }, (_, i) => `c${String(i).padStart(24, "0")}`);
    const payloads = evictionPayloads("me", { grantIds: ids, keyIds: ["k1"] });
    expect(payloads.length).toBe(3);
    expect(payloads.every((p) => p.length < 8000)).toBe(true);
    expect(payloads.flatMap((p) => (readEvictionPayload(p) as { grantIds?: string[] }).grantIds ?? [])).toEqual(ids);
    expect(readEvictionPayload("{nope")).toEqual({ all: true });
    expect(readEvictionPayload(JSON.stringify({ from: "x", grantIds: [1] }))).toEqual({ all: true });
    expect(evictionPayloads("me", { grantIds: Array.from({ length: 6000 }, (_, i) => `g${i}`) })).toEqual([
      JSON.stringify({ from: "me", all: true }),
    ]);
  });
});
