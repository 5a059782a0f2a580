import { describe, expect, it } from "vitest";
import { newUserCode, normaliseUserCode } from "./device-user-code";

describe("device user codes", () => {
  it("are four characters, a dash, four more, and read back as typed", () => {
    for (let i = 0; i < 50; i++) {
      const code = newUserCode();
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(normaliseUserCode(code)).toBe(code);
    }
  });

  it.each([
    ["acde-fghj", "ACDE-FGHJ"],
    ["ACDEFGHJ", "ACDE-FGHJ"],
    [" acde fghj ", "ACDE-FGHJ"],
    ["ACDE-FGH", null],
    ["ACDE-FGHJK", null],
    ["ACD0-FGHJ", null],
    ["", null],
    [null, null],
  ])("%j → %j", (typed, expected) => {
    expect(normaliseUserCode(typed)).toBe(expected);
  });
});
