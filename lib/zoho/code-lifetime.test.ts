import { describe, expect, it } from "vitest";
import { describeCodeLifetime } from "./code-lifetime";

describe("describeCodeLifetime", () => {
  // Zoho's three figures: 60 s (seed page), 2 min (Accounts web apps), 3 min (CRM token pages).
  it.each([
    [60, "60 seconds"],
    [120, "2 minutes"],
    [180, "3 minutes"],
    [90, "90 seconds"],
    [1, "1 second"],
  ])("%i → %s", (s, text) => {
    expect(describeCodeLifetime(s)).toBe(text);
  });
});
