import { describe, expect, it } from "vitest";
import { withoutNul } from "./without-nul";

describe("withoutNul", () => {
  it("replaces NUL in keys and values, keeps everything else and repeated keys", () => {
    const out = withoutNul(new URLSearchParams([["st\u0000ate", "a\u0000b"], ["code", "x"], ["code", "y"]]));
    expect([...out]).toEqual([["st\uFFFDate", "a\uFFFDb"], ["code", "x"], ["code", "y"]]);
  });
});
