import { describe, expect, it } from "vitest";
import { explainTokenAnswer } from "./explain-token-answer";

const ACCESS = "1000.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbWXYZ";
const REFRESH = "1000.cccccccccccccccc.ddddddddddddRSTU";
const GOOD = {
  access_token: ACCESS,
  refresh_token: REFRESH,
  api_domain: "https://www.zohoapis.eu",
  token_type: "Bearer",
  expires_in: 3600,
};

describe("explainTokenAnswer", () => {
  it("a complete answer: only where the API calls go", () => {
    const out = explainTokenAnswer(GOOD);
    expect(out.answer.ok).toBe(true);
    expect(out.findings.map((f) => f.id)).toEqual(["api-domain"]);
    expect(out.findings[0].message).toContain("https://www.zohoapis.eu");
  });

  it("shows only the last 4 characters of the tokens", () => {
    const out = explainTokenAnswer({ ...GOOD, id_token: "eyJhbGciOiJSUzI1NiJ9.payload.sigEND1" });
    const text = JSON.stringify(out.params) + JSON.stringify(out.findings);
    expect(text).not.toContain("aaaaaaaa");
    expect(text).not.toContain("cccccccc");
    expect(text).not.toContain("payload");
    expect(out.params.find((p) => p.name === "access_token")).toMatchObject({ value: "…WXYZ", copy: null });
    expect(out.params.find((p) => p.name === "refresh_token")).toMatchObject({ value: "…RSTU", copy: null });
    expect(out.params.find((p) => p.name === "token_type")).toMatchObject({ value: "Bearer", copy: "Bearer" });
  });

  // One row per answer: what Zoho sent, the finding and its level.
  it.each<[string, Record<string, unknown>, string, "error" | "warning" | "info"]>([
    ["invalid_code", { error: "invalid_code" }, "error-invalid_code", "error"],
    ["invalid_client", { error: "invalid_client" }, "error-invalid_client", "error"],
    ["invalid_client_secret", { error: "invalid_client_secret" }, "error-invalid_client_secret", "error"],
    ["invalid_redirect_uri", { error: "invalid_redirect_uri" }, "error-invalid_redirect_uri", "error"],
    ["invalid_scope", { error: "invalid_scope" }, "error-invalid_scope", "error"],
    ["too many grant codes", { error: "access_denied" }, "error-access_denied", "error"],
    [
      "rate limited",
      { error: "Access Denied", error_description: "You have made too many requests continuously. Please try again after some time." },
      "rate-limited",
      "error",
    ],
    ["an error Zoho does not document", { error: "weird_thing" }, "error-weird_thing", "error"],
    ["errors come with HTTP 200", { error: "invalid_code" }, "error-with-200", "info"],
    ["a field of the wrong type", { access_token: 42 }, "unreadable", "error"],
    ["expires_in_sec", { ...GOOD, expires_in: undefined, expires_in_sec: 3600 }, "expires-in-sec", "info"],
    ["expires_in in milliseconds", { ...GOOD, expires_in: 3_600_000 }, "expires-in-ms", "warning"],
    ["no lifetime at all", { ...GOOD, expires_in: undefined }, "expires-missing", "warning"],
    ["no refresh token", { ...GOOD, refresh_token: undefined }, "no-refresh-token", "warning"],
    ["no api_domain", { ...GOOD, api_domain: undefined }, "api-domain-missing", "warning"],
    ["api_domain that is not Zoho's", { ...GOOD, api_domain: "https://api.evil.test" }, "api-domain-unknown", "warning"],
    [
      "Zoho's multi-DC api_domain (api.zoho.eu) is a Zoho host",
      { ...GOOD, api_domain: "https://api.zoho.eu" },
      "api-domain-zoho-host",
      "info",
    ],
    [
      "an api_domain with a path is not a bare Zoho host",
      { ...GOOD, api_domain: "https://www.zohoapis.com.au/fsm" },
      "api-domain-unknown",
      "warning",
    ],
    [
      "rate limited, localized",
      { error: "拒绝访问", status: "failure", error_description: "您连续发出的请求过多。请稍后再试。" },
      "rate-limited",
      "error",
    ],
    ["scope with spaces", { ...GOOD, scope: "ZohoCRM.modules.ALL ZohoCRM.users.READ" }, "scope-spaces", "info"],
  ])("%s", (_, json, id, level) => {
    const clean = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
    const finding = explainTokenAnswer(clean).findings.find((f) => f.id === id);
    expect(finding).toMatchObject({ id, level, message: expect.any(String), fix: expect.any(String) });
  });

  it("uses the shared hints for Zoho's errors", () => {
    expect(explainTokenAnswer({ error: "invalid_client" }).findings[0].message).toContain("wrong DC");
    expect(explainTokenAnswer({ error: "Access Denied" }).findings[0].fix).toMatch(/never on every request/);
  });

  it("an api_domain that is a Zoho host is never called foreign; the sandbox's own is recognised", () => {
    for (const api_domain of ["https://api.zoho.eu", "https://writer.zoho.com", "https://fsm.zoho.in"]) {
      const ids = explainTokenAnswer({ ...GOOD, api_domain }).findings.map((f) => f.id);
      expect(ids, api_domain).toContain("api-domain-zoho-host");
      expect(ids, api_domain).not.toContain("api-domain-unknown");
    }
    const sandbox = explainTokenAnswer(
      { ...GOOD, api_domain: "http://localhost:3000/sandbox/eu/api" },
      { sandboxOrigin: "http://localhost:3000" },
    );
    expect(sandbox.findings.find((f) => f.id === "api-domain-zoho-host")?.message).toContain("sandbox");
    expect(explainTokenAnswer({ ...GOOD, api_domain: "http://localhost:3000/sandbox/eu/api" }).findings.map((f) => f.id)).toContain(
      "api-domain-unknown",
    );
  });

  it("normalises milliseconds to seconds", () => {
    const out = explainTokenAnswer({ ...GOOD, expires_in: 3_600_000 });
    expect(out.answer.ok && out.answer.expiresInSeconds).toBe(3600);
  });
});

describe("explainTokenAnswer: errors named like object properties", () => {
  it.each([["constructor"], ["__proto__"], ["toString"]])("error=%s gets the generic explanation", (error) => {
    const finding = explainTokenAnswer({ error }).findings[0];
    expect(finding.message).toContain("Zoho refused the request.");
    expect(finding.fix).toContain("Read Zoho's description");
  });

  it("invalid_code names the workspace's code lifetime", () => {
    const finding = explainTokenAnswer({ error: "invalid_code" }, { codeLifetimeSeconds: 180 }).findings[0];
    expect(finding.message).toContain("lives 3 minutes");
    expect(finding.fix).toContain("within 3 minutes");
  });
});
