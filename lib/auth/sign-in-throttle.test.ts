import { describe, expect, it } from "vitest";
import { delaySeconds } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it.each([[0, 0], [4, 0], [5, 2], [6, 4], [10, 64], [30, 900]])("%i failures → wait %i s", (failures, seconds) => {
    expect(delaySeconds(failures)).toBe(seconds);
  });
});
