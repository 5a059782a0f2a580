import { describe, expect, it } from "vitest";
import { nextAttemptAt, retryDelayMs, retryScale } from "./retry-schedule";

describe("the webhook retry schedule", () => {
  it("waits 5 s, 30 s, 2 min, 10 min, 1 h, then 6 h (no jitter at random = 0.5)", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 9].map((n) => retryDelayMs(n, 0.5, 1) / 1000)).toEqual([5, 30, 120, 600, 3600, 21600, 21600, 21600]);
  });

  it("jitters each delay by at most ±20 %", () => {
    expect(retryDelayMs(1, 0, 1)).toBe(4_000);
    expect(retryDelayMs(1, 0.999_999, 1)).toBe(6_000);
    expect(retryDelayMs(6, 0, 1)).toBe(17_280_000);
  });

  it("gives up 24 h after the first try", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    let now = start;
    let attempts = 0;
    for (;;) {
      attempts++;
      const next = nextAttemptAt(attempts, start, now, 0.5, 1);
      if (!next) break;
      now = next;
    }
    // 5 s + 30 s + 2 min + 10 min + 1 h + 6 h + 6 h + 6 h = 19 h 13 min; the next 6 h would pass 24 h.
    expect(attempts).toBe(9);
    expect((now.getTime() - start.getTime()) / 60_000).toBe(19 * 60 + 12 + 35 / 60);
  });

  it("is shortened only by a test's WEBHOOK_RETRY_SCALE between 0 and 1", () => {
    expect(retryScale({ WEBHOOK_RETRY_SCALE: "0.001" })).toBe(0.001);
    for (const v of [undefined, "", "0", "-1", "2", "abc"]) expect(retryScale({ WEBHOOK_RETRY_SCALE: v })).toBe(1);
    expect(retryDelayMs(1, 0.5, 0.001)).toBe(5);
  });
});
