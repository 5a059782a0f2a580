import { describe, expect, it } from "vitest";
import { lintAuthRequest, type LintContext, type LintInput } from "./lint-auth-request";

const good: LintInput = {
  scopeText: "ZohoCRM.modules.ALL,AaaServer.profile.READ",
  accessType: "offline",
  prompt: "consent",
  redirectUri: "https://app.test/cb",
  state: "s",
  codeChallenge: null,
  codeChallengeMethod: null,
  location: "us",
};
const client: NonNullable<LintContext["client"]> = {
  type: "SERVER",
  redirectUris: ["https://app.test/cb"],
  homeDc: "us",
  enabledDcs: ["eu"],
  archived: false,
};

describe("lintAuthRequest", () => {
  it("finds nothing wrong with a correct request", () => {
    expect(lintAuthRequest(good, { client, recentCodes: 0 })).toEqual([]);
  });

  it.each([["openid,email,profile"], ["PhoneBridge.call.log"], ["AaaServer.profile.READ,ZohoBooks.fullaccess.all"]])(
    "Zoho's own scopes %j: no finding",
    (scopeText) => {
      expect(lintAuthRequest({ ...good, scopeText }, { client, recentCodes: 0 })).toEqual([]);
    },
  );

  it("the space fix names the list joined with commas", () => {
    const finding = lintAuthRequest({ ...good, scopeText: "ZohoCRM.modules.ALL ZohoCRM.users.READ" }, { client }).find(
      (f) => f.id === "scope-spaces",
    );
    expect(finding?.fix).toContain("ZohoCRM.modules.ALL,ZohoCRM.users.READ");
  });

  // One row per mistake: what changes, what context, which finding and how severe.
  it.each<[string, Partial<LintInput>, LintContext, string, "error" | "warning"]>([
    ["no scope", { scopeText: "" }, { client }, "scope-missing", "error"],
    // Unknown shapes warn, never block Authorize (scope-grammar.ts); only what cannot be a scope is an error.
    ["scopes joined with spaces", { scopeText: "ZohoCRM.modules.ALL ZohoCRM.users.READ" }, { client }, "scope-spaces", "warning"],
    ["scope typo", { scopeText: "ZohoCRM.modules" }, { client }, "scope-syntax", "warning"],
    ["unknown operation", { scopeText: "ZohoCRM.modules.EVERYTHING" }, { client }, "scope-syntax", "warning"],
    ["not a scope at all", { scopeText: "ZohoCRM.modules.ALL,Zoho\u0007CRM" }, { client }, "scope-invalid", "error"],
    ["offline without consent", { prompt: null }, { client }, "offline-without-consent", "warning"],
    [
      "offline without consent, user consented before",
      { prompt: null },
      { client, consentedBefore: true },
      "offline-without-consent",
      "error",
    ],
    ["unknown prompt", { prompt: "login" }, { client }, "prompt-value", "warning"],
    ["bad access type", { accessType: "forever" }, { client }, "access-type", "error"],
    ["no state", { state: null }, { client }, "state-missing", "warning"],
    ["redirect URI not registered", { redirectUri: "https://other.test/cb" }, { client }, "redirect-unregistered", "error"],
    ["trailing slash twin", { redirectUri: "https://app.test/cb/" }, { client }, "redirect-unregistered", "error"],
    ["redirect URI missing", { redirectUri: null }, { client }, "redirect-missing", "error"],
    ["DC not enabled", { location: "in" }, { client }, "dc-not-enabled", "warning"],
    ["China started elsewhere", { location: "us" }, { client: { ...client, homeDc: "cn" } }, "china-start", "error"],
    ["archived client", {}, { client: { ...client, archived: true } }, "client-archived", "error"],
    ["Self Client in the redirect flow", {}, { client: { ...client, type: "SELF" } }, "no-redirect-flow", "error"],
    ["mobile without PKCE", {}, { client: { ...client, type: "MOBILE" } }, "pkce-missing", "error"],
    ["PKCE with plain", { codeChallenge: "abc", codeChallengeMethod: "plain" }, { client }, "pkce-plain", "warning"],
    ["PKCE with an unknown method", { codeChallenge: "abc", codeChallengeMethod: "S512" }, { client }, "pkce-method", "error"],
    ["10 codes in 10 minutes", {}, { client, recentCodes: 10 }, "code-limit", "error"],
    ["8 codes in 10 minutes", {}, { client, recentCodes: 8 }, "code-limit-near", "warning"],
  ])("%s", (_, change, context, id, level) => {
    const findings = lintAuthRequest({ ...good, ...change }, context);
    expect(findings.find((f) => f.id === id)).toMatchObject({ id, level, message: expect.any(String), fix: expect.any(String) });
  });
});
