import { describe, expect, it } from "vitest";
import { redactParams } from "./redact-params";

describe("redactParams", () => {
  it("keeps location and accounts server, hides the code and most of the state", () => {
    const code = "1000.0123456789abcdef.fedcba9876543210";
    const out = redactParams(new URLSearchParams({ code, location: "eu", "accounts-server": "https://accounts.zoho.eu", state: "abcdefghijklmnop" }));
    expect(out).toEqual({ code: `[redacted, ${code.length} characters]`, location: "eu", "accounts-server": "https://accounts.zoho.eu", state: "…mnop" });
    expect(JSON.stringify(out)).not.toContain("0123456789");
  });

  it("hides anything token- or secret-like", () => {
    const out = redactParams(new URLSearchParams({ access_token: "tok", client_secret: "sec", refresh_token: "ref" }));
    expect(Object.values(out).join()).not.toMatch(/tok|sec|ref[^a]/);
  });

  it("never cuts an emoji in half (PostgreSQL refuses JSON with a lone surrogate)", () => {
    const out = redactParams(new URLSearchParams({ x: `${"a".repeat(499)}🦄`, state: "abcdefgh🦄xyz" }));
    expect(out.x.isWellFormed()).toBe(true);
    expect(out.state.isWellFormed()).toBe(true);
    expect(out.x).toHaveLength(500);
  });
});
