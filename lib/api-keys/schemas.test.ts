import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiKeySchema } from "./schemas";

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-03-10T12:00:00Z") }));
afterEach(() => vi.useRealTimers());

const errors = (input: Record<string, string>) => {
  const result = apiKeySchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("apiKeySchema", () => {
  it("an all-grants key without expiry", () => {
    expect(apiKeySchema.parse({ name: "  CRM worker ", scope: "all", grantIds: "g1,g2" })).toEqual({
      name: "CRM worker",
      grantIds: [],
      expiresAt: null,
    });
  });

  it("a key for picked grants, deduplicated, expiring at 00:00 UTC of the day", () => {
    expect(apiKeySchema.parse({ name: "x", scope: "grants", grantIds: "g1, g2,g1", expiresOn: "2026-03-11" })).toEqual({
      name: "x",
      grantIds: ["g1", "g2"],
      expiresAt: new Date("2026-03-11T00:00:00Z"),
    });
  });

  it.each([
    [{ name: "" }, "name"],
    [{ name: "x".repeat(61) }, "name"],
    [{ name: "x", scope: "some" }, "scope"],
    [{ name: "x", scope: "grants" }, "grantIds"],
    [{ name: "x", expiresOn: "2026-03-10" }, "expiresOn"],
    [{ name: "x", expiresOn: "2025-12-31" }, "expiresOn"],
    [{ name: "x", expiresOn: "2026-02-30" }, "expiresOn"],
    [{ name: "x", expiresOn: "next week" }, "expiresOn"],
  ])("refuses %o on %s", (input, field) => {
    expect(Object.keys(errors(input))).toContain(field);
  });
});
