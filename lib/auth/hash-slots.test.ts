import { describe, expect, it } from "vitest";
import { createSlots } from "./hash-slots";

describe("hash slots", () => {
  it("runs at most `slots` jobs at once, all of them in the end, failures included", async () => {
    const withSlot = createSlots(2);
    let running = 0;
    let most = 0;
    const job = (i: number) =>
      withSlot(async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (i % 5 === 0) throw new Error(`job ${i}`);
        return i;
      });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => job(i)));
    expect(most).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(16);
    // The slots were all given back: a later job runs at once.
    expect(await withSlot(async () => "free")).toBe("free");
  });
});
