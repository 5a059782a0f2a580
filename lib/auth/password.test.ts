import { hash as argon2Hash } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and checks the hash", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toEqual({ ok: true, rehash: false });
    expect(await verifyPassword("correct horse battery stapler", hash)).toEqual({ ok: false, rehash: false });
  });

  it("still accepts a legacy bcrypt hash, and asks for it to be replaced", async () => {
    const legacy = await bcrypt.hash("correct horse battery staple", 4);
    expect(await verifyPassword("correct horse battery staple", legacy)).toEqual({ ok: true, rehash: true });
    expect((await verifyPassword("wrong", legacy)).ok).toBe(false);
  });

  it("asks to replace argon2 hashes made with weaker parameters", async () => {
    const old = await argon2Hash("pw", { memoryCost: 8192, timeCost: 1, parallelism: 1 });
    expect(await verifyPassword("pw", old)).toEqual({ ok: true, rehash: true });
  });

  it("refuses anything that is not a password hash", async () => {
    expect(await verifyPassword("", "")).toEqual({ ok: false, rehash: false });
    expect(await verifyPassword("x", "plain text")).toEqual({ ok: false, rehash: false });
  });

  it("the dummy hash for unknown emails costs what a real one costs", async () => {
    expect(DUMMY_HASH.startsWith("$argon2id$")).toBe(true);
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("any password", DUMMY_HASH)).toEqual({ ok: false, rehash: false });
  });
});
