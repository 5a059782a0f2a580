import { describe, expect, it } from "vitest";
import { isDueSoon, nextDueAt } from "./next-due";

describe("a recurring review's next round", () => {
  const finished = new Date("2026-01-01T10:00:00Z");
  it("is due every days after the last finished; a one-off has none", () => {
    expect(nextDueAt(finished, 90)?.toISOString()).toBe("2026-04-01T10:00:00.000Z");
    expect(nextDueAt(finished, null)).toBeNull();
  });
  it("is reminded of from two weeks before, and while overdue", () => {
    const due = new Date("2026-04-01T10:00:00Z");
    expect(isDueSoon(due, new Date("2026-03-01T10:00:00Z"))).toBe(false);
    expect(isDueSoon(due, new Date("2026-03-18T10:00:00Z"))).toBe(true);
    expect(isDueSoon(due, new Date("2026-05-01T10:00:00Z"))).toBe(true);
  });
});
