import { describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/crypto/tokens";
import { isOneClickBody } from "./is-one-click-body";
import { isUnsubscribeToken, newUnsubscribeToken, unsubscribeTokenHash } from "./unsubscribe-token";

describe("unsubscribe tokens", () => {
  it("are 43 base64url characters, stored as their SHA-256", () => {
    const { token, hash } = newUnsubscribeToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(sha256Hex(token));
    expect(unsubscribeTokenHash(token)).toBe(hash);
    expect(newUnsubscribeToken().token).not.toBe(token);
  });

  it.each(["", "short", "x".repeat(42), "x".repeat(44), "x".repeat(5000), `${"x".repeat(42)}/`, `${"x".repeat(42)}\u0000`, "é".repeat(43)])(
    "refuses %j before any lookup",
    (token) => {
      expect(isUnsubscribeToken(token)).toBe(false);
      expect(unsubscribeTokenHash(token)).toBeNull();
    },
  );
});

describe("isOneClickBody (RFC 8058)", () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s));
  it("accepts the one-click body, form-encoded or multipart", async () => {
    expect(await isOneClickBody("application/x-www-form-urlencoded", bytes("List-Unsubscribe=One-Click"))).toBe(true);
    expect(await isOneClickBody("application/x-www-form-urlencoded; charset=utf-8", bytes("a=b&List-Unsubscribe=One-Click"))).toBe(true);
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const request = new Request("http://x.test/", { method: "POST", body: form });
    const body = new Uint8Array(await request.arrayBuffer());
    expect(await isOneClickBody(request.headers.get("content-type"), body)).toBe(true);
  });

  it.each([
    ["application/x-www-form-urlencoded", ""],
    ["application/x-www-form-urlencoded", "List-Unsubscribe=one-click"],
    ["application/x-www-form-urlencoded", "List-Unsubscribe=Yes"],
    ["application/json", '{"List-Unsubscribe":"One-Click"}'],
    ["text/plain", "List-Unsubscribe=One-Click"],
    [null, "List-Unsubscribe=One-Click"],
    ["multipart/form-data; boundary=x", "garbage"],
    ["multipart/form-data", "List-Unsubscribe=One-Click"],
  ])("refuses %s %j", async (type, body) => expect(await isOneClickBody(type, bytes(body))).toBe(false));

  it("refuses bytes that are not UTF-8", async () => {
    expect(await isOneClickBody("application/x-www-form-urlencoded", new Uint8Array([0xff, 0xfe, 0x3d]))).toBe(false);
  });
});
