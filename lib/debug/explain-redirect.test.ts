import { describe, expect, it } from "vitest";
import { explainRedirect, matchRedirectClient, type RedirectContext } from "./explain-redirect";

const CODE = "1000.0123456789abcdef.fedcba9876543210";
const GOOD = { code: CODE, location: "eu", "accounts-server": "https://accounts.zoho.eu", state: "abcdefghijklmnop" };
const client = { redirectUris: ["https://app.test/cb"], provider: "ZOHO" as const };

function url(change: Record<string, string | null> = {}, base = "https://app.test/cb") {
  const u = new URL(base);
  for (const [k, v] of Object.entries({ ...GOOD, ...change })) if (v !== null) u.searchParams.set(k, v);
  return u;
}
const ctx = (more: Partial<RedirectContext> = {}): RedirectContext => ({ sandboxOrigin: null, client, ...more });

describe("explainRedirect", () => {
  it("a good redirect: only the reminder to exchange at once, at the named accounts server", () => {
    const out = explainRedirect(url(), ctx());
    expect(out.findings.map((f) => f.id)).toEqual(["code-expiry"]);
    expect(out.findings[0].fix).toContain("https://accounts.zoho.eu/oauth/v2/token");
    expect(out.findings[0].fix).toContain("60 s");
    expect(out.accountsServer).toMatchObject({ location: "eu", provider: "ZOHO" });
    expect(out.base).toBe("https://app.test/cb");
  });

  it("never echoes the grant code, and shortens the state", () => {
    const out = explainRedirect(url(), ctx());
    expect(JSON.stringify(out)).not.toContain("0123456789abcdef");
    expect(out.params.find((p) => p.name === "code")).toMatchObject({ value: `[redacted, ${CODE.length} characters]`, copy: null });
    expect(out.params.find((p) => p.name === "state")).toMatchObject({ value: "…mnop", copy: null });
    expect(out.params.find((p) => p.name === "location")).toMatchObject({ value: "eu", copy: "eu" });
  });

  // One row per mistake: the change to the redirect, the context, the finding and its level.
  it.each<[string, URL, RedirectContext, string, "error" | "warning" | "info"]>([
    ["user rejected", url({ code: null, error: "access_denied" }), ctx(), "user-rejected", "warning"],
    ["other Zoho error", url({ code: null, error: "invalid_client" }), ctx(), "zoho-error", "error"],
    // Zoho, "Upcoming changes to the permission grant flow for OAuth apps" (2025): error=no_org.
    [
      "user without an organization",
      url({ code: null, location: null, "accounts-server": null, error: "no_org" }),
      ctx(),
      "no-org",
      "error",
    ],
    ["no code and no error", url({ code: null }), ctx(), "code-missing", "error"],
    ["no state", url({ state: null }), ctx(), "state-missing", "warning"],
    ["no accounts-server", url({ "accounts-server": null }), ctx(), "accounts-server-missing", "error"],
    [
      "accounts-server not Zoho's",
      url({ "accounts-server": "https://accounts.zoho.evil.test" }),
      ctx(),
      "accounts-server-not-allowed",
      "error",
    ],
    [
      "accounts-server still percent-encoded",
      url({ "accounts-server": "https%3A%2F%2Faccounts.zoho.eu" }),
      ctx(),
      "accounts-server-not-allowed",
      "error",
    ],
    [
      "sandbox server when the sandbox is off",
      url({ "accounts-server": "http://localhost:3000/sandbox/eu" }),
      ctx(),
      "accounts-server-not-allowed",
      "error",
    ],
    [
      "sandbox server for a Zoho client",
      url({ "accounts-server": "http://localhost:3000/sandbox/eu" }),
      ctx({ sandboxOrigin: "http://localhost:3000" }),
      "accounts-server-not-allowed",
      "error",
    ],
    ["location and accounts-server disagree", url({ location: "us" }), ctx(), "location-mismatch", "error"],
    ["unknown location", url({ location: "mars", "accounts-server": null }), ctx(), "location-unknown", "warning"],
    ["code present: exchange within 60 s", url(), ctx(), "code-expiry", "info"],
    ["redirect URI not registered", url({}, "https://other.test/cb"), ctx(), "redirect-unregistered", "error"],
    ["trailing-slash twin of the registered URI", url({}, "https://app.test/cb/"), ctx(), "redirect-unregistered", "error"],
  ])("%s", (_, input, context, id, level) => {
    const finding = explainRedirect(input, context).findings.find((f) => f.id === id);
    expect(finding).toMatchObject({ id, level, message: expect.any(String), fix: expect.any(String) });
  });

  it("no_org is explained as such, with its fix, not as a generic Zoho error", () => {
    const out = explainRedirect(url({ code: null, location: null, "accounts-server": null, error: "no_org" }), ctx());
    expect(out.findings.map((f) => f.id)).toEqual(["no-org"]);
    expect(out.findings[0].message).toContain("no account (organization or portal)");
    expect(out.findings[0].fix).toContain("leave out the scopes");
  });

  it("names the workspace's code lifetime (Zoho's pages: 60 s, 2 min, 3 min)", () => {
    const out = explainRedirect(url(), ctx({ codeLifetimeSeconds: 180 }));
    expect(out.findings[0].message).toContain("3 minutes");
    expect(out.params.find((p) => p.name === "code")?.explanation).toContain("3 minutes");
  });

  it("accepts the sandbox's accounts server for a sandbox client", () => {
    const out = explainRedirect(
      url({ "accounts-server": "http://localhost:3000/sandbox/eu" }),
      ctx({ sandboxOrigin: "http://localhost:3000", client: { ...client, provider: "SANDBOX" } }),
    );
    expect(out.findings.map((f) => f.id)).toEqual(["code-expiry"]);
  });

  it("does not ask for an accounts-server when the user rejected", () => {
    const out = explainRedirect(new URL("https://app.test/cb?error=access_denied&state=abcdefghij"), ctx());
    expect(out.findings.map((f) => f.id)).toEqual(["user-rejected"]);
  });

  it("reads an implicit-flow fragment without echoing the token", () => {
    const out = explainRedirect(new URL("https://app.test/cb#access_token=1000.secretsecret.tok&expires_in=3600"), ctx());
    expect(out.fromFragment).toBe(true);
    expect(JSON.stringify(out)).not.toContain("secretsecret");
    expect(out.findings.map((f) => f.id)).toContain("code-missing");
  });

  it("without a matched client, does not judge the redirect URI", () => {
    expect(explainRedirect(url({}, "https://other.test/cb"), ctx({ client: null })).findings.map((f) => f.id)).not.toContain(
      "redirect-unregistered",
    );
  });
});

describe("matchRedirectClient", () => {
  const a = { name: "a", redirectUris: ["https://app.test/cb"] };
  const b = { name: "b", redirectUris: ["https://b.test/Callback"] };
  it.each<[string, string | null]>([
    ["https://app.test/cb", "a"],
    ["https://app.test/cb/", "a"],
    ["https://b.test/callback", "b"],
    ["https://c.test/cb", null],
  ])("%s → %s", (base, name) => {
    expect(matchRedirectClient(base, [a, b])?.name ?? null).toBe(name);
  });
});
