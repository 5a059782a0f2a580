import { describe, expect, it } from "vitest";
import { explainAuthUrl, suggestParam, type AuthUrlContext } from "./explain-auth-url";

const GOOD = {
  scope: "ZohoCRM.modules.ALL,AaaServer.profile.READ",
  client_id: "1000.ABCDEFGHIJKL",
  response_type: "code",
  redirect_uri: "https://app.test/cb",
  access_type: "offline",
  prompt: "consent",
  state: "st4te-value-long",
};
const client: NonNullable<AuthUrlContext["client"]> = {
  type: "SERVER",
  redirectUris: ["https://app.test/cb"],
  homeDc: "us",
  enabledDcs: ["eu"],
  archived: false,
};

function url(change: Record<string, string | null> = {}, start = "https://accounts.zoho.com/oauth/v2/auth") {
  const u = new URL(start);
  for (const [k, v] of Object.entries({ ...GOOD, ...change })) if (v !== null) u.searchParams.set(k, v);
  return u;
}

describe("explainAuthUrl", () => {
  // Zoho's own shapes produce no finding at all: OpenID Connect scopes (Sign in using Zoho (OIDC)),
  // a documented non-CRUD scope (PhoneBridge API authentication) and a 1004. client id (Zoho's device flow example).
  it.each([
    ["openid email profile", { scope: "openid,email,profile" }],
    ["PhoneBridge.call.log", { scope: "PhoneBridge.call.log,PhoneBridge.zohoone.search" }],
    ["a 1004. client id", { client_id: "1004.AB12CD34EF56GH78IJ90KL12MN34OP" }],
  ])("%s: nothing to report", (_, change) => {
    expect(explainAuthUrl(url(change), { client }).findings).toEqual([]);
  });

  it("finds nothing wrong with a correct URL and explains every parameter", () => {
    const out = explainAuthUrl(url(), { client });
    expect(out.findings).toEqual([]);
    expect(out.server).toMatchObject({ url: "https://accounts.zoho.com", allowed: true, location: "us" });
    expect(out.clientId).toBe("1000.ABCDEFGHIJKL");
    expect(out.params.every((p) => p.known && p.explanation.length > 0)).toBe(true);
    expect(out.params.find((p) => p.name === "state")?.value).toBe("…long");
  });

  // One row per mistake: what changes in the URL, the context, the finding and its level.
  it.each<[string, URL, AuthUrlContext, string, "error" | "warning" | "info"]>([
    ["response_type missing", url({ response_type: null }), {}, "response-type-missing", "error"],
    ["response_type=token", url({ response_type: "token" }), {}, "response-type", "error"],
    ["client_id missing", url({ client_id: null }), {}, "client-id-missing", "error"],
    ["redirect_uri missing, no client", url({ redirect_uri: null }), {}, "redirect-missing", "error"],
    ["redirect_uri missing, matched client", url({ redirect_uri: null }), { client }, "redirect-missing", "error"],
    ["redirect_uri not registered", url({ redirect_uri: "https://app.test/cb/" }), { client }, "redirect-unregistered", "error"],
    ["scopes joined with spaces", url({ scope: "ZohoCRM.modules.ALL ZohoCRM.users.READ" }), {}, "scope-spaces", "warning"],
    ["scope typo", url({ scope: "ZohoCRM.modules" }), {}, "scope-syntax", "warning"],
    ["a scope that cannot be one", url({ scope: "ZohoCRM.modules.ALL\u0000" }), {}, "scope-invalid", "error"],
    ["client_id that is no Zoho id", url({ client_id: "my-app" }), {}, "client-id-shape", "warning"],
    ["no scope", url({ scope: null }), {}, "scope-missing", "error"],
    ["double-encoded scope", url({ scope: "ZohoCRM.modules.ALL%2CZohoCRM.users.READ" }), {}, "double-encoded", "warning"],
    ["offline without consent", url({ prompt: null }), {}, "offline-without-consent", "warning"],
    ["bad access_type", url({ access_type: "forever" }), {}, "access-type", "error"],
    ["no state", url({ state: null }), {}, "state-missing", "warning"],
    ["unknown parameter", url({ foo: "bar" }), {}, "unknown-param", "info"],
    ["misspelt redirect_url", url({ redirect_url: "https://app.test/cb" }), {}, "unknown-param", "warning"],
    ["client secret in the URL", url({ client_secret: "shh" }), {}, "secret-in-url", "error"],
    ["PKCE without a method", url({ code_challenge: "abc" }), {}, "pkce-method-missing", "warning"],
    ["PKCE method without a challenge", url({ code_challenge_method: "S256" }), {}, "pkce-challenge-missing", "warning"],
    ["PKCE plain", url({ code_challenge: "abc", code_challenge_method: "plain" }), {}, "pkce-plain", "warning"],
    ["mobile client without PKCE", url(), { client: { ...client, type: "MOBILE" } }, "pkce-missing", "error"],
    ["Self Client in the redirect flow", url(), { client: { ...client, type: "SELF" } }, "no-redirect-flow", "error"],
    ["archived client", url(), { client: { ...client, archived: true } }, "client-archived", "error"],
    ["not an accounts server", url({}, "https://accounts.zoho.evil.test/oauth/v2/auth"), {}, "accounts-server-unknown", "error"],
    ["plain http", url({}, "http://accounts.zoho.com/oauth/v2/auth"), {}, "accounts-server-unknown", "error"],
    ["starts at eu", url({}, "https://accounts.zoho.eu/oauth/v2/auth"), {}, "start-not-us", "warning"],
    ["starts in China", url({}, "https://accounts.zoho.com.cn/oauth/v2/auth"), {}, "china", "info"],
    ["China client started at us", url(), { client: { ...client, homeDc: "cn" } }, "china-start", "error"],
    [
      "client not enabled at eu",
      url({}, "https://accounts.zoho.eu/oauth/v2/auth"),
      { client: { ...client, enabledDcs: [] } },
      "dc-not-enabled",
      "warning",
    ],
    ["sandbox client started at Zoho", url(), { client, provider: "SANDBOX" }, "provider-mismatch", "error"],
    ["org-wide consent", url({}, "https://accounts.zoho.com/oauth/v2/org/auth"), {}, "org-wide", "info"],
  ])("%s", (_, input, context, id, level) => {
    const finding = explainAuthUrl(input, context).findings.find((f) => f.id === id);
    expect(finding).toMatchObject({ id, level, message: expect.any(String), fix: expect.any(String) });
  });

  it("flags a repeated parameter", () => {
    const u = url();
    u.searchParams.append("scope", "ZohoCRM.users.READ");
    expect(explainAuthUrl(u).findings.map((f) => f.id)).toContain("duplicate-param");
  });

  it("accepts the console's sandbox as a starting server only when the sandbox is on", () => {
    const sandbox = url({}, "http://localhost:3000/sandbox/us/oauth/v2/auth");
    expect(explainAuthUrl(sandbox, { sandboxOrigin: "http://localhost:3000" }).server).toMatchObject({
      allowed: true,
      provider: "SANDBOX",
      location: "us",
    });
    expect(explainAuthUrl(sandbox, { sandboxOrigin: null }).findings.map((f) => f.id)).toContain("accounts-server-unknown");
  });

  it("never shows a secret pasted into the URL", () => {
    const out = explainAuthUrl(url({ client_secret: "very-secret-value" }));
    expect(JSON.stringify(out)).not.toContain("very-secret-value");
  });

  it.each([
    ["redirect_url", "redirect_uri"],
    ["client-id", "client_id"],
    ["scopes", "scope"],
    ["scope", null],
    ["foo", null],
  ])("suggests %s → %s", (name, hint) => {
    expect(suggestParam(name)).toBe(hint);
  });
});
