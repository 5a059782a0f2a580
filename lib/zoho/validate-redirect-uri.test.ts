import { describe, expect, it } from "vitest";
import { validateRedirectUri } from "./validate-redirect-uri";

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
