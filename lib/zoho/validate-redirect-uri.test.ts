import { describe, expect, it } from "vitest";
import { redirectUriWarnings, validateRedirectUri } from "./validate-redirect-uri";

describe("validateRedirectUri", () => {
  it.each([
    ["https://console.example.com/oauth/callback", false],
    ["http://localhost:3000/oauth/callback", false],
    ["http://127.0.0.1:3000/oauth/callback", false],
    ["http://console.lan:3000/oauth/callback", true],
  ])("accepts %s (allowHttp %s)", (uri, allowHttp) => expect(validateRedirectUri(uri, { allowHttp })).toBeNull());

  it.each([
    ["/oauth/callback", /absolute/],
    ["ftp://x.test/cb", /https/],
    ["http://console.example.com/cb", /https/],
    ["https://x.test/cb#frag", /fragment/],
    ["https://user:pw@x.test/cb", /user name/],
  ])("refuses %s", (uri, message) => expect(validateRedirectUri(uri)).toMatch(message));
});

describe("validateRedirectUri for mobile apps", () => {
  it("accepts the app's own scheme only when allowed", () => {
    expect(validateRedirectUri("com.acme.app://oauth", { allowCustomScheme: true })).toBeNull();
    expect(validateRedirectUri("com.acme.app://oauth")).toMatch(/https/);
    for (const unsafe of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd"]) {
      expect(validateRedirectUri(unsafe, { allowCustomScheme: true })).toMatch(/must use https/);
    }
  });
});

describe("redirectUriWarnings", () => {
  it.each([
    [["https://a.test/cb", "https://a.test/cb/"], /trailing slash/],
    [["http://localhost:3000/cb", "http://localhost:3001/cb"], /port/],
    [["http://localhost/cb", "https://localhost/cb"], /http\/https/],
  ])("%j warns %s", (uris, warning) => {
    expect(redirectUriWarnings(uris)).toEqual([expect.stringMatching(warning)]);
  });

  it("is quiet for distinct URIs", () => {
    expect(redirectUriWarnings(["https://a.test/cb", "https://b.test/cb", "https://a.test/other"])).toEqual([]);
  });
});
