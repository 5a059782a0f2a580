import { describe, expect, it } from "vitest";
import { isPassingError, schedulePoll } from "./schedule-poll";

const at = new Date("2026-11-30T10:00:00Z");
const later = (s: number) => new Date(at.getTime() + s * 1000);

describe("schedulePoll", () => {
  it.each([
    ["as asked: the interval Zoho gave", 5, "as_asked", 5, later(5)],
    ["slow_down: 5 s more, now and from then on (RFC 8628 §3.5)", 5, "slow_down", 10, later(10)],
    ["slow_down twice", 10, "slow_down", 15, later(15)],
    ["throttled: a minute, the interval unchanged", 5, "throttled", 5, later(60)],
    ["never more than 5 minutes apart", 298, "slow_down", 300, later(300)],
  ] as const)("%s", (_name, interval, pace, expectedInterval, expectedAt) => {
    expect(schedulePoll(at, interval, pace)).toEqual({ intervalSeconds: expectedInterval, nextPollAt: expectedAt });
  });
});

describe("isPassingError", () => {
  it.each([
    ["unreachable", 0, true],
    ["timeout", 0, true],
    ["temporarily_unavailable", 503, true],
    ["internal_error", 500, true],
    ["Access Denied", 400, true],
    ["invalid_client", 200, false],
    ["invalid_client_secret", 200, false],
    ["invalid_code", 200, false],
    ["access_denied", 200, false],
  ] as const)("%s (HTTP %i) → %s", (error, status, expected) => {
    expect(isPassingError(error, status)).toBe(expected);
  });
});
