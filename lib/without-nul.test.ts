import { describe, expect, it } from "vitest";
import { paramsWithoutNul, withoutNul } from "./without-nul";

describe("withoutNul", () => {
  it("replaces NUL in text", () => {
    expect(withoutNul("a\u0000b\u0000")).toBe("a\uFFFDb\uFFFD");
  });

  it("replaces NUL in keys and values, keeps everything else and repeated keys", () => {
    const out = paramsWithoutNul(new URLSearchParams([["st\u0000ate", "a\u0000b"], ["code", "x"], ["code", "y"]]));
    expect([...out]).toEqual([["st\uFFFDate", "a\uFFFDb"], ["code", "x"], ["code", "y"]]);
  });
});
