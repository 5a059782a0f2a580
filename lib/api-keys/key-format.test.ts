import { describe, expect, it } from "vitest";
import { newApiKey, parseApiKey } from "./key-format";

describe("API key format", () => {
  it("round-trips its prefix and never repeats", () => {
    const a = newApiKey();
    expect(parseApiKey(a.key)).toEqual({ prefix: a.prefix });
    expect(newApiKey().key).not.toBe(a.key);
    expect(a.hash).not.toContain(a.key.slice(20));
  });

  it.each(["", "zoc_", "Bearer x", "zoc_123_abc", `zoc_${"g".repeat(12)}_${"a".repeat(32)}`])("refuses %j", (key) => {
    expect(parseApiKey(key)).toBeNull();
  });
});
