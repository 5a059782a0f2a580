import { describe, expect, it } from "vitest";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS, SESSION_TOUCH_SECONDS, sessionState } from "./session-policy";

const now = new Date("2026-11-30T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("session policy", () => {
  it.each([
    ["just signed in", 0, 0, "fresh"],
    ["used a minute ago", 3600, 60, "fresh"],
    ["used just over 5 minutes ago: slide the idle window", 3600, SESSION_TOUCH_SECONDS, "touch"],
    ["idle for almost 8 hours", 9 * 3600, SESSION_IDLE_SECONDS - 1, "touch"],
    ["idle for 8 hours", 9 * 3600, SESSION_IDLE_SECONDS, "expired"],
    ["active, but signed in 24 hours ago", SESSION_MAX_SECONDS, 1, "expired"],
  ] as const)("%s → %s", (_, age, idle, state) => {
    expect(sessionState({ createdAt: ago(age), lastSeenAt: ago(idle) }, now)).toBe(state);
  });

  it("is shorter than the 7 days a cookie used to last", () => {
    expect(SESSION_MAX_SECONDS).toBeLessThan(7 * 86_400);
    expect(SESSION_IDLE_SECONDS).toBeLessThan(SESSION_MAX_SECONDS);
  });
});
