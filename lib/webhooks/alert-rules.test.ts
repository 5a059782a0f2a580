import { describe, expect, it } from "vitest";
import {
  callbackWindows,
  chainBrokenKey,
  crossesNearCap,
  failedCallbacksKey,
  keyExpiringKey,
  keyExpiryStage,
  nearTokenLimitAt,
  nearTokenLimitKey,
  rotationPendingKey,
  staleKey,
  windowStart,
} from "./alert-rules";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const t = (iso: string) => new Date(iso);

describe("grant.near_cap", () => {
  it("fires for the grant that takes the count from warn − 1 to warn, not below it nor past it", () => {
    // Warn at 15 (the default): the 14th grant is below, the 15th crosses, the 16th to 21st are past it.
    expect([14, 15, 16, 20, 21].map((count) => crossesNearCap(count, 15))).toEqual([false, true, false, false, false]);
    // After revocations brought the user to 14, the next grant crosses again.
    expect(crossesNearCap(15, 15)).toBe(true);
  });
});

describe("grant.near_token_limit", () => {
  const now = t("2026-12-01T10:07:30Z");
  it("is near from 70 % of the budget, rounded up, at least one", () => {
    expect([10, 4, 1, 15, 30].map(nearTokenLimitAt)).toEqual([7, 3, 1, 11, 21]);
  });

  it("fires only for the refresh that crosses the threshold, keyed by the clock-aligned 10-minute window", () => {
    expect(nearTokenLimitKey("g1", { before: 6, after: 7, limit: 10, now })).toBe("grant.near_token_limit:g1:2026-12-01T10:00:00.000Z");
    // A retried refresh can add several rows: crossing still counts.
    expect(nearTokenLimitKey("g1", { before: 5, after: 8, limit: 10, now })).not.toBeNull();
    for (const [before, after] of [
      [5, 6],
      [7, 8],
      [9, 10],
    ])
      expect(nearTokenLimitKey("g1", { before, after, limit: 10, now }), `${before}→${after}`).toBeNull();
  });

  it("gives one key per window: a later crossing in the same window dedupes, the next window's does not", () => {
    const at = (iso: string) => nearTokenLimitKey("g1", { before: 2, after: 3, limit: 4, now: t(iso) });
    expect(at("2026-12-01T10:00:00Z")).toBe(at("2026-12-01T10:09:59.999Z"));
    expect(at("2026-12-01T10:10:00Z")).not.toBe(at("2026-12-01T10:09:59.999Z"));
  });
});

describe("grant.stale", () => {
  it("is keyed by the last use it is stale since, so a grant used again and stale again alerts again", () => {
    expect(staleKey("g1", null)).toBe("grant.stale:g1:never");
    expect(staleKey("g1", t("2026-08-01T00:00:00Z"))).toBe("grant.stale:g1:2026-08-01T00:00:00.000Z");
    expect(staleKey("g1", t("2026-08-01T00:00:00Z"))).not.toBe(staleKey("g1", t("2026-09-01T00:00:00Z")));
  });
});

describe("apikey.expiring", () => {
  const now = t("2026-12-01T12:00:00Z");
  const stage = (ms: number) => keyExpiryStage(new Date(now.getTime() + ms), now);
  it("is due 7 days before, then 1 day before; nothing further out, nothing once expired", () => {
    expect(stage(8 * DAY)).toBeNull();
    expect(stage(7 * DAY + 1)).toBeNull();
    expect(stage(7 * DAY)).toBe("7d");
    expect(stage(6 * DAY)).toBe("7d");
    expect(stage(DAY + 1)).toBe("7d");
    expect(stage(DAY)).toBe("1d");
    expect(stage(20 * 60 * MIN)).toBe("1d");
    expect(stage(1)).toBe("1d");
    expect(stage(0)).toBeNull();
    expect(stage(-DAY)).toBeNull();
  });

  it("has two keys per API key", () => {
    expect(new Set([keyExpiringKey("k1", "7d"), keyExpiringKey("k1", "1d"), keyExpiringKey("k2", "7d")]).size).toBe(3);
  });
});

describe("client.secret_rotation_pending", () => {
  it("is keyed by the rotation's start: a new rotation of the same client alerts again", () => {
    expect(rotationPendingKey("c1", t("2026-12-01T00:00:00Z"))).not.toBe(rotationPendingKey("c1", t("2026-12-03T00:00:00Z")));
  });
});

describe("callback.failed", () => {
  it("looks at the closed windows of the last hour, once 2 minutes have passed after each closed", () => {
    expect(callbackWindows(t("2026-12-01T10:12:00Z"))).toEqual({ from: t("2026-12-01T09:10:00Z"), to: t("2026-12-01T10:10:00Z") });
    // At 10:11:59 the 10:00–10:10 window is still in its grace: only windows up to 10:00.
    expect(callbackWindows(t("2026-12-01T10:11:59Z")).to).toEqual(t("2026-12-01T10:00:00Z"));
  });

  it("is keyed by client and window start", () => {
    const start = windowStart(t("2026-12-01T10:04:00Z"), 10 * MIN);
    expect(failedCallbacksKey("c1", start)).toBe("callback.failed:c1:2026-12-01T10:00:00.000Z");
    expect(failedCallbacksKey(null, start)).toBe("callback.failed:none:2026-12-01T10:00:00.000Z");
  });
});

describe("audit.chain_broken", () => {
  it("is keyed by the first event that breaks", () => {
    expect(chainBrokenKey({ seq: 42, id: "evt1" })).toBe("audit.chain_broken:42:evt1");
  });
});

describe("windowStart", () => {
  it("aligns to multiples of the window since the epoch, in UTC", () => {
    expect(windowStart(t("2026-12-01T23:59:59.999Z"), 10 * MIN)).toEqual(t("2026-12-01T23:50:00Z"));
    expect(windowStart(t("2026-12-02T00:00:00Z"), 10 * MIN)).toEqual(t("2026-12-02T00:00:00Z"));
  });
});
