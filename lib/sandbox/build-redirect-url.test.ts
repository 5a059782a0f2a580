import { describe, expect, it } from "vitest";
import { buildRedirectUrl } from "./build-redirect-url";

describe("buildRedirectUrl", () => {
  it("appends the answer and keeps the redirect URI's own query", () => {
    const url = new URL(
      buildRedirectUrl("https://app.test/cb?tenant=acme", {
        code: "1000.a.b",
        location: "eu",
        "accounts-server": "http://x/sandbox/eu",
        state: "s 1&2",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://app.test/cb");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: "acme",
      code: "1000.a.b",
      location: "eu",
      "accounts-server": "http://x/sandbox/eu",
      state: "s 1&2",
    });
  });

  it("leaves out absent values", () => {
    expect(buildRedirectUrl("http://localhost:3000/oauth/callback", { error: "access_denied", state: null })).toBe(
      "http://localhost:3000/oauth/callback?error=access_denied",
    );
  });
});
