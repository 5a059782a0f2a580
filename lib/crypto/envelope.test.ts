import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createKeyring, decrypt, DecryptError, encrypt } from "./envelope";

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("base64");

describe("encryption envelope", () => {
  it("round-trips text, including unicode and empty strings", () => {
    const ring = createKeyring(keyA);
    for (const plain of ["1000.abc.def", "", "ünïcødé ✓", "x".repeat(10_000)]) {
      expect(decrypt(encrypt(plain, ring), ring)).toBe(plain);
    }
  });

  it("never contains the plaintext and differs on every call", () => {
    const ring = createKeyring(keyA);
    const a = encrypt("secret-value-1234", ring);
    const b = encrypt("secret-value-1234", ring);
    expect(a).not.toBe(b);
    expect(a).not.toContain("secret-value");
    expect(a.split(".")).toHaveLength(4);
  });

  it("detects tampering with any part", () => {
    const ring = createKeyring(keyA);
    const envelope = encrypt("refresh-token", ring);
    const parts = envelope.split(".");
    const flip = (s: string) => (s[5] === "A" ? s.slice(0, 5) + "B" + s.slice(6) : s.slice(0, 5) + "A" + s.slice(6));
    expect(() => decrypt([parts[0], parts[1], flip(parts[2]), parts[3]].join("."), ring)).toThrow(DecryptError);
    expect(() => decrypt([parts[0], parts[1], parts[2], flip(parts[3])].join("."), ring)).toThrow(DecryptError);
    expect(() => decrypt(envelope.slice(0, -2), ring)).toThrow(DecryptError);
    expect(() => decrypt("not an envelope", ring)).toThrow(DecryptError);
  });

  it("refuses the wrong key", () => {
    const envelope = encrypt("refresh-token", createKeyring(keyA));
    expect(() => decrypt(envelope, createKeyring(keyB))).toThrow(/no key with id/);
    // Same key id forged onto another key: the auth tag still refuses it.
    const forged = createKeyring(keyB);
    const [, id] = envelope.split(".");
    forged.all.set(id, { id, bytes: forged.current.bytes });
    expect(() => decrypt(envelope, forged)).toThrow(DecryptError);
  });

  it("decrypts with a previous key after rotation, and encrypts with the new one", () => {
    const old = encrypt("client-secret", createKeyring(keyA));
    const rotated = createKeyring(keyB, [keyA]);
    expect(decrypt(old, rotated)).toBe("client-secret");
    expect(encrypt("x", rotated).split(".")[1]).toBe(rotated.current.id);
  });

  it("rejects keys that are not 32 bytes", () => {
    expect(() => createKeyring(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
