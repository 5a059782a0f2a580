import { describe, expect, it } from "vitest";
import { MAX_PARAMS, MAX_TOTAL, MAX_VALUE, redactParams, TRUNCATED_KEY } from "./redact-params";

describe("redactParams", () => {
  it("keeps location and accounts server, hides the code and most of the state", () => {
    const code = "1000.0123456789abcdef.fedcba9876543210";
    const out = redactParams(
      new URLSearchParams({ code, location: "eu", "accounts-server": "https://accounts.zoho.eu", state: "abcdefghijklmnop" }),
    );
    expect(out).toEqual({
      code: `[redacted, ${code.length} characters]`,
      location: "eu",
      "accounts-server": "https://accounts.zoho.eu",
      state: "…mnop",
    });
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
    expect(out.x.startsWith("a".repeat(499))).toBe(true);
  });

  it("cuts long values and keys, visibly", () => {
    const out = redactParams(
      new URLSearchParams([
        ["error_description", "x".repeat(50_000)],
        ["k".repeat(1_000), "v"],
      ]),
    );
    expect(out.error_description).toBe(`${"x".repeat(MAX_VALUE)}… [${50_000 - MAX_VALUE} more characters]`);
    expect(Object.keys(out)[1]).toMatch(/^k{64}… \[936 more characters\]$/);
  });

  it("stores at most MAX_PARAMS parameters and MAX_TOTAL characters, and says what it left out", () => {
    const many = redactParams(new URLSearchParams(Array.from({ length: 500 }, (_, i) => [`p${i}`, "v"])));
    expect(Object.keys(many)).toHaveLength(MAX_PARAMS + 1);
    expect(many[TRUNCATED_KEY]).toMatch(/^480 more parameters not stored/);
    const long = redactParams(new URLSearchParams(Array.from({ length: 19 }, (_, i) => [`p${i}`, "y".repeat(5_000)])));
    const size = Object.entries(long)
      .filter(([k]) => k !== TRUNCATED_KEY)
      .reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(size).toBeLessThanOrEqual(MAX_TOTAL);
    expect(long[TRUNCATED_KEY]).toMatch(/more parameters not stored/);
  });

  it("keeps the first of a repeated name, the one the handler reads", () => {
    const out = redactParams(
      new URLSearchParams([
        ["location", "eu"],
        ["location", "us"],
      ]),
    );
    expect(out.location).toBe("eu");
    expect(out[TRUNCATED_KEY]).toMatch(/^1 more parameter not stored/);
  });
});
