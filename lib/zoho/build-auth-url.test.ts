import { describe, expect, it } from "vitest";
import { buildAuthUrl } from "./build-auth-url";

const base = {
  accountsServer: "https://accounts.zoho.com",
  clientId: "1000.ABCDEFGHIJ",
  scopes: ["ZohoCRM.modules.ALL", "AaaServer.profile.READ"],
  redirectUri: "https://console.example.com/oauth/callback",
  accessType: "offline" as const,
  promptConsent: true,
  state: "s1",
};

describe("buildAuthUrl", () => {
  it("builds Zoho's authorization URL with every parameter", () => {
    const url = new URL(buildAuthUrl(base));
    expect(url.origin + url.pathname).toBe("https://accounts.zoho.com/oauth/v2/auth");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      scope: "ZohoCRM.modules.ALL,AaaServer.profile.READ",
      client_id: "1000.ABCDEFGHIJ",
      response_type: "code",
      redirect_uri: "https://console.example.com/oauth/callback",
      access_type: "offline",
      prompt: "consent",
      state: "s1",
    });
  });

  it.each([
    [{ promptConsent: false }, "prompt", null],
    [{ state: undefined }, "state", null],
    [{ accessType: "online" as const }, "access_type", "online"],
    [{ accountsServer: "https://accounts.zoho.eu/" }, "client_id", "1000.ABCDEFGHIJ"],
  ])("with %o, %s is %s", (change, key, expected) => {
    const url = new URL(buildAuthUrl({ ...base, ...change }));
    expect(url.searchParams.get(key)).toBe(expected);
  });

  it("builds org-wide consent and PKCE", () => {
    const url = new URL(buildAuthUrl({ ...base, orgWide: true, codeChallenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" }));
    expect(url.pathname).toBe("/oauth/v2/org/auth");
    expect(url.searchParams.get("code_challenge")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  });

  it("does not double the slash after an accounts server with a trailing slash", () => {
    expect(buildAuthUrl({ ...base, accountsServer: "https://accounts.zoho.eu/" })).toMatch(
      /^https:\/\/accounts\.zoho\.eu\/oauth\/v2\/auth\?/,
    );
  });

  it("encodes a redirect URI with its own query string", () => {
    const url = new URL(buildAuthUrl({ ...base, redirectUri: "https://x.test/cb?a=1&b=2" }));
    expect(url.searchParams.get("redirect_uri")).toBe("https://x.test/cb?a=1&b=2");
    expect(url.searchParams.has("b")).toBe(false);
  });
});
