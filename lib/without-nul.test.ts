import { z } from "zod";
import { describe, expect, it } from "vitest";
import { nulSafeFilters, paramsWithoutNul, withoutNul } from "./without-nul";

describe("withoutNul", () => {
  it("replaces NUL in text", () => {
    expect(withoutNul("a\u0000b\u0000")).toBe("a\uFFFDb\uFFFD");
  });

  it("replaces NUL in keys and values, keeps everything else and repeated keys", () => {
    const out = paramsWithoutNul(
      new URLSearchParams([
        ["st\u0000ate", "a\u0000b"],
        ["code", "x"],
        ["code", "y"],
      ]),
    );
    expect([...out]).toEqual([
      ["st\uFFFDate", "a\uFFFDb"],
      ["code", "x"],
      ["code", "y"],
    ]);
  });
});

describe("nulSafeFilters", () => {
  const schema = nulSafeFilters(z.object({ q: z.string().max(10).optional().catch(undefined), page: z.coerce.number().catch(1) }));

  it("hands the schema U+FFFD for each NUL, in strings and repeated values", () => {
    expect(schema.parse({ q: "a\u0000", page: "2" })).toEqual({ q: "a\uFFFD", page: 2 });
    expect(nulSafeFilters(z.object({ q: z.array(z.string()) })).parse({ q: ["\u0000", "b"] })).toEqual({ q: ["\uFFFD", "b"] });
  });

  it("leaves everything else to the schema", () => {
    expect(schema.parse({})).toEqual({ page: 1 });
    expect(schema.parse({ q: "x".repeat(11) })).toEqual({ page: 1 });
  });
});
