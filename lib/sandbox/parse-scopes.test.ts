import { describe, expect, it } from "vitest";
import { parseScopeParam } from "./parse-scopes";

describe("parseScopeParam", () => {
  it("splits on commas, trims and drops duplicates", () => {
    expect(parseScopeParam("AaaServer.profile.READ, ZohoCRM.modules.ALL,ZohoCRM.modules.ALL")).toEqual({
      ok: true,
      scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"],
    });
  });

  it("accepts four-part scopes and lower-case operations", () => {
    expect(parseScopeParam("ZohoCRM.modules.leads.READ,ZohoBooks.fullaccess.all").ok).toBe(true);
  });

  it.each([
    [null, "missing"],
    ["", "missing"],
    [" , ", "empty"],
    ["AaaServer.profile.READ ZohoCRM.modules.ALL", "commas, not spaces"],
    ["ZohoCRM", "not a scope"],
    ["ZohoCRM.modules", "not a scope"],
    ["ZohoCRM.modules.REED", "not an operation"],
    ["Zoho CRM.modules.ALL", "space"],
  ])("refuses %j", (value, problem) => {
    const result = parseScopeParam(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
