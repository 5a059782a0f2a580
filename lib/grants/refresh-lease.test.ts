import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffOf } from "./refresh-lease";

const now = new Date("2026-03-10T12:00:00Z");
beforeEach(() => vi.useFakeTimers({ now }));
afterEach(() => vi.useRealTimers());
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("a grant's back-off after a failed refresh", () => {
  it.each([
    ["Zoho failed", "BACKOFF_ZOHO_UNAVAILABLE", 15, { problem: "zoho-unavailable", seconds: 15 }],
    ["Zoho's budget is spent", "BACKOFF_REFRESH_LIMIT", 60, { problem: "refresh-limit", seconds: 60 }],
  ] as const)("while it lasts: %s", (_, refreshLease, seconds, expected) => {
    expect(backoffOf({ refreshLease, refreshLeaseUntil: at(seconds) })).toEqual(expected);
  });

  it.each([
    ["a free grant", null, null],
    ["a refresh in flight (a lease, not a back-off)", "REFRESHING", at(30)],
    ["a spent back-off", "BACKOFF_REFRESH_LIMIT", at(-1)],
    ["a back-off ending now", "BACKOFF_ZOHO_UNAVAILABLE", at(0)],
  ] as const)("none for %s", (_, refreshLease, refreshLeaseUntil) => {
    expect(backoffOf({ refreshLease, refreshLeaseUntil })).toBeNull();
  });
});
