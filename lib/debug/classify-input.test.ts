import { describe, expect, it } from "vitest";
import { classifyInput, shownValue, type InputKind } from "./classify-input";

const AUTH =
  "https://accounts.zoho.com/oauth/v2/auth?scope=ZohoCRM.modules.ALL&client_id=1000.ABC&response_type=code&redirect_uri=https://app.test/cb&state=s";

describe("classifyInput", () => {
  // One row per input shape: pasted text, detected kind, and a note or reason it must mention.
  it.each<[string, string, InputKind, RegExp | null]>([
    ["empty", "", "empty", null],
    ["whitespace only", "  \n\t ", "empty", null],
    ["authorization URL", AUTH, "auth-url", null],
    ["org-wide authorization URL", "https://accounts.zoho.com/oauth/v2/org/auth?client_id=x", "auth-url", null],
    ["sandbox authorization URL", "http://localhost:3000/sandbox/us/oauth/v2/auth?client_id=x", "auth-url", null],
    ["surrounding whitespace", `\n   ${AUTH}   \n`, "auth-url", null],
    ["missing scheme", "accounts.zoho.com/oauth/v2/auth?scope=A.b.READ&client_id=x", "auth-url", /no scheme/],
    ["scheme-relative", "//accounts.zoho.com/oauth/v2/auth?client_id=x", "auth-url", /scheme-relative/],
    ["HTML-escaped &amp;", AUTH.replaceAll("&", "&amp;"), "auth-url", /HTML-escaped/],
    ["wrapped over lines", AUTH.replace("&client_id", "\n&client_id"), "auth-url", /wrapped/],
    ["in quotes", `"${AUTH}"`, "auth-url", /quotes/],
    ["percent-encoded as a whole", encodeURIComponent(AUTH), "auth-url", /percent-encoded/],
    [
      "redirect with code",
      "https://app.test/cb?code=1000.abc.def&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state=xyz",
      "redirect-url",
      null,
    ],
    ["redirect with error", "https://app.test/cb?error=access_denied", "redirect-url", null],
    ["redirect without scheme on localhost", "localhost:3000/oauth/callback?code=1&state=2", "redirect-url", /http:\/\//],
    ["custom-scheme mobile redirect", "com.example.app://cb?code=1&state=2", "redirect-url", null],
    ["implicit redirect in the fragment", "https://app.test/cb#access_token=abc&expires_in=3600", "redirect-url", null],
    ["Location header", "Location: https://app.test/cb?code=1", "redirect-url", null],
    ["token success", '{"access_token":"1000.aaaa.bbbb","expires_in":3600}', "token-answer", null],
    ["token error", '{"error":"invalid_code"}', "token-answer", null],
    [
      "token answer after HTTP headers",
      'HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"error":"invalid_client"}',
      "token-answer",
      /headers/,
    ],
    ["broken JSON", '{"access_token": "abc",', "unknown", /does not parse/],
    ["JSON array", "[1,2]", "unknown", /not an object/],
    ["JSON without token fields", '{"foo":1}', "unknown", /neither access_token nor error/],
    ["revoke answer", '{"status":"success"}', "unknown", /revoke/],
    ["plain garbage", "hello there, it does not work", "unknown", /neither a URL nor a JSON/],
    ["query string only", "code=1000.x&location=us", "unknown", /only a query string/],
    ["unparseable URL", "https://exa mple.com/cb?code=1", "unknown", /does not parse/],
    ["unrelated URL", "https://example.com/about", "unknown", /not one the debugger knows/],
    ["wrong path on an accounts server", "https://accounts.zoho.com/oauth/v2/authorize?client_id=x", "unknown", /\/oauth\/v2\/auth/],
    ["token request URL", "https://accounts.zoho.com/oauth/v2/token?code=1&client_secret=s", "unknown", /do not share it/],
    ["far too long", `https://a.test/?x=${"a".repeat(30_000)}`, "unknown", /characters long/],
  ])("%s", (_, text, kind, mention) => {
    const result = classifyInput(text);
    expect(result.kind).toBe(kind);
    if (mention) {
      const said = "reason" in result ? [result.reason, ...result.notes] : "notes" in result ? result.notes : [];
      expect(said.join(" ")).toMatch(mention);
    }
  });

  it("decodes the HTML-escaped URL into real parameters", () => {
    const result = classifyInput(AUTH.replaceAll("&", "&amp;"));
    expect(result.kind === "auth-url" && result.url.searchParams.get("client_id")).toBe("1000.ABC");
  });
});

describe("shownValue", () => {
  it.each<[string, string, string, boolean]>([
    ["code", "1000.0123456789abcdef.fedcba", "[redacted, 28 characters]", false],
    ["state", "abcdefghijklmnop", "…mnop", false],
    ["client_secret", "shh", "[redacted, 3 characters]", false],
    ["code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", true],
    ["location", "eu", "eu", true],
  ])("%s", (name, value, shown, copyable) => {
    const out = shownValue(name, value);
    expect(out.value).toBe(shown);
    expect(out.copy).toBe(copyable ? value : null);
  });
});
