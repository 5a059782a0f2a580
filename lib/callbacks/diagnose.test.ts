import { describe, expect, it } from "vitest";
import { normaliseTokenAnswer, type TokenSuccess } from "@/lib/zoho/normalise-token-answer";
import { diagnoseFailure, grantWarnings } from "./diagnose";

const fail = (status: number, body: unknown) => {
  const answer = normaliseTokenAnswer(status, body);
  if (answer.ok) throw new Error("expected a failure");
  return diagnoseFailure(answer);
};

describe("diagnoseFailure: one row per Zoho answer", () => {
  it.each([
    ["code expired or reused", 200, { error: "invalid_code" }, "exchange_failed", /expired or was already exchanged.*lives 60 seconds/],
    ["wrong data centre", 200, { error: "invalid_client" }, "exchange_failed", /wrong DC|multi-DC/],
    ["wrong secret", 200, { error: "invalid_client_secret" }, "exchange_failed", /secret is wrong/],
    ["redirect URI mismatch", 200, { error: "invalid_redirect_uri" }, "exchange_failed", /redirect URI/],
    ["PKCE verifier mismatch", 200, { error: "invalid_code_verifier" }, "exchange_failed", /code_verifier/],
    [
      "rate limit",
      400,
      { error: "Access Denied", error_description: "You have made too many requests continuously." },
      "exchange_failed",
      /rate-limiting/,
    ],
    // Zoho's throttle answer seen localized (docs/zoho.md, Corrections): recognised by its shape.
    ["rate limit, localized", 400, { error: "拒绝访问", status: "failure" }, "exchange_failed", /rate-limiting/],
    [
      "unknown error keeps Zoho's description",
      200,
      { error: "weird", error_description: "Something odd" },
      "exchange_failed",
      /Something odd/,
    ],
  ])("%s", (_, status, body, outcome, diagnosis) => {
    const d = fail(status, body);
    expect(d.outcome).toBe(outcome);
    expect(d.diagnosis).toMatch(diagnosis);
  });

  it("invalid_code names the workspace's code lifetime (Zoho's pages: 60 s, 2 min, 3 min)", () => {
    expect(diagnoseFailure({ ok: false, error: "invalid_code", description: null, status: 200 }, 180).diagnosis).toContain(
      "lives 3 minutes",
    );
  });

  it.each([["unreachable"], ["timeout"]])("Zoho %s", (error) => {
    expect(diagnoseFailure({ ok: false, error, description: null, status: 0 }).outcome).toBe("zoho_unreachable");
  });
});

describe("grantWarnings", () => {
  const ok: TokenSuccess = {
    ok: true,
    accessToken: "a",
    refreshToken: "r",
    apiDomain: "https://www.zohoapis.eu",
    tokenType: "Bearer",
    scopes: ["A.b.READ", "C.d.ALL"],
    expiresInSeconds: 3600,
  };
  it.each<[string, Partial<TokenSuccess>, { accessType: string; scopes: string[] }, RegExp | null]>([
    ["all fine", {}, { accessType: "offline", scopes: ["A.b.READ", "C.d.ALL"] }, null],
    ["offline but no refresh token", { refreshToken: null }, { accessType: "offline", scopes: ["A.b.READ"] }, /no refresh token/],
    ["online needs no refresh token", { refreshToken: null }, { accessType: "online", scopes: ["A.b.READ"] }, null],
    ["narrower scopes", { scopes: ["A.b.READ"] }, { accessType: "offline", scopes: ["A.b.READ", "C.d.ALL"] }, /missing C\.d\.ALL/],
    ["scope case differs", { scopes: ["a.B.read"] }, { accessType: "offline", scopes: ["A.b.READ"] }, null],
    ["no api_domain", { apiDomain: null }, { accessType: "offline", scopes: ["A.b.READ"] }, /api_domain/],
  ])("%s", (_, change, asked, warning) => {
    const warnings = grantWarnings(asked, { ...ok, ...change });
    if (warning) expect(warnings.join(" ")).toMatch(warning);
    else expect(warnings).toEqual([]);
  });
});
