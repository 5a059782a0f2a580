import { describe, expect, it } from "vitest";
import { checkScopeParam, commaJoined, judgeScope, parseScopes, scopeService, splitScopeParam } from "./scope-grammar";

// Each row: a scope, the verdict, and where that shape comes from.
const ZOHO_CRM_SCOPES = "Zoho CRM, Scopes: https://www.zoho.com/crm/developer/docs/api/v2/scopes.html";
const OIDC = "Sign in using Zoho (OIDC): https://www.zoho.com/accounts/protocol/oauth/sign-in-using-zoho.html";
const PHONEBRIDGE = "PhoneBridge API authentication: https://www.zoho.com/crm/help/api/phonebridge/phonebridgekey.html";

describe("judgeScope: what Zoho accepts is known", () => {
  it.each<[string, string, string | null]>([
    ["ZohoCRM.modules.ALL", ZOHO_CRM_SCOPES, "ZohoCRM"],
    ["ZohoCRM.modules.leads.READ", `${ZOHO_CRM_SCOPES} (module-level scope)`, "ZohoCRM"],
    ["ZohoCRM.settings.fields.READ", ZOHO_CRM_SCOPES, "ZohoCRM"],
    ["AaaServer.profile.READ", "Zoho Accounts user info (docs/zoho.md, Scopes)", "AaaServer"],
    ["aaaserver.profile.READ", "Zoho's Self Client examples write the service in lower case", "aaaserver"],
    ["ZohoBooks.fullaccess.all", "Zoho Books OAuth: lower-case operation (docs/zoho.md, Scopes)", "ZohoBooks"],
    ["ZohoAnalytics.modeling.create", "Zoho Analytics API scopes (docs/zoho.md, Scopes)", "ZohoAnalytics"],
    ["zohobackstage.portal.READ", "Zoho Backstage OAuth: https://www.zoho.com/backstage/api/v3/oauth.html", "zohobackstage"],
    ["Desk.tickets.ALL", "Zoho Desk scopes (docs/zoho.md, Scopes)", "Desk"],
    ["ZohoCRM.modules.custom.WRITE", `${ZOHO_CRM_SCOPES} (CRM's WRITE)`, "ZohoCRM"],
    ["ZohoCRM.modules.CUSTOM", `${ZOHO_CRM_SCOPES} (CRM's CUSTOM)`, "ZohoCRM"],
    ["openid", OIDC, null],
    ["email", OIDC, null],
    ["profile", OIDC, null],
    ["PhoneBridge.call.log", PHONEBRIDGE, "PhoneBridge"],
    ["PhoneBridge.zohoone.search", PHONEBRIDGE, "PhoneBridge"],
  ])("%s (%s)", (scope, _source, service) => {
    expect(judgeScope(scope)).toEqual({ kind: "known", service });
  });
});

describe("judgeScope: unusual shapes are warnings, not refusals", () => {
  it.each<[string, string, RegExp]>([
    ["ZohoCRM.modules", "a typo: no operation (docs/zoho.md, What people get wrong 8)", /no operation/],
    ["ZohoCRM.modules.REED", "a misspelt operation", /ends in "REED"/],
    ["ZohoCliq.Webhooks.LIST", "an undocumented last part: Zoho decides", /not one of the usual operations/],
    ["Email", "OpenID Connect's scopes are lower case (Sign in using Zoho (OIDC))", /neither/],
    ["crm", "a bare word", /neither/],
    ["<script>alert(1)</script>", "printable, so not refused: Zoho refuses it, the page escapes it", /neither/],
  ])("%s (%s)", (scope, _why, problem) => {
    const verdict = judgeScope(scope);
    expect(verdict.kind).toBe("unusual");
    if (verdict.kind === "unusual") expect(verdict.problem).toMatch(problem);
  });
});

describe("judgeScope: only what cannot be a scope at all is invalid", () => {
  it.each<[string, string, RegExp]>([
    ["", "empty", /empty/],
    ["ZohoCRM.modules.ALL ZohoCRM.users.READ", "whitespace: a space-separated list", /space/],
    ["ZohoCRM.modules.ALL\t", "a tab", /space/],
    ["ZohoCRM.modules.ALL\u0000", "a NUL", /control/],
    ["Zoho\u0007CRM.modules.ALL", "a control character", /control/],
    ["ZohoCRM.modules.ALL,ZohoCRM.users.READ", "a comma: two scopes", /comma/],
    ["ZöhoCRM.modules.ALL", "non-ASCII", /non-ASCII/],
    ["A.b.".padEnd(201, "x"), "absurd length", /characters/],
  ])("%j (%s)", (scope, _why, problem) => {
    const verdict = judgeScope(scope);
    expect(verdict.kind).toBe("invalid");
    if (verdict.kind === "invalid") expect(verdict.problem).toMatch(problem);
  });
});

describe("scope lists", () => {
  it.each([
    ["ZohoCRM.modules.ALL,ZohoCRM.users.READ", ["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"]],
    [" ZohoCRM.modules.ALL , ZohoCRM.users.READ ", ["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"]],
    ["ZohoCRM.modules.ALL ZohoCRM.users.READ", ["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"]],
    ["openid email profile", ["openid", "email", "profile"]],
    ["A.b.READ,A.b.READ", ["A.b.READ"]],
    [",,", []],
  ])("parseScopes(%j) → %j", (text, scopes) => expect(parseScopes(text)).toEqual(scopes));

  it("splitScopeParam reads commas only and names the space-separated items", () => {
    expect(splitScopeParam("A.b.READ, C.d.ALL")).toEqual({ scopes: ["A.b.READ", "C.d.ALL"], spaced: [] });
    expect(splitScopeParam("openid email,A.b.READ")).toEqual({ scopes: ["openid email", "A.b.READ"], spaced: ["openid email"] });
    expect(commaJoined("openid email profile")).toBe("openid,email,profile");
  });

  it("scopeService is a scope's first part", () => {
    expect(scopeService("ZohoCRM.modules.ALL")).toBe("ZohoCRM");
    expect(scopeService("openid")).toBeNull();
  });
});

describe("checkScopeParam: strict like Zoho (the sandbox)", () => {
  it("accepts OpenID Connect and documented scopes, drops duplicates", () => {
    expect(checkScopeParam("openid,email,profile")).toEqual({ ok: true, scopes: ["openid", "email", "profile"] });
    expect(checkScopeParam("AaaServer.profile.READ, ZohoCRM.modules.ALL,ZohoCRM.modules.ALL")).toEqual({
      ok: true,
      scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"],
    });
    expect(checkScopeParam("PhoneBridge.call.log,ZohoBooks.fullaccess.all").ok).toBe(true);
  });

  it.each([
    [null, "missing"],
    ["", "missing"],
    [" , ", "empty"],
    ["openid email profile", "commas, not spaces (openid,email,profile)"],
    ["ZohoCRM", "neither"],
    ["ZohoCRM.modules", "no operation"],
    ["ZohoCRM.modules.REED", "not one of the usual operations"],
    ["A.b.READ\u0000", "control"],
  ])("refuses %j", (value, problem) => {
    const result = checkScopeParam(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
