import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BackupFileError, isEncryptedBackup, openBackup, sealBackup } from "./backup-file";

const dump = gzipSync(randomBytes(4096));

describe("backup file", () => {
  it("keeps a plain dump as PGlite wrote it", async () => {
    expect(await openBackup(dump, undefined)).toBe(dump);
  });

  it("seals with a passphrase and opens with the same one only", async () => {
    const sealed = await sealBackup(dump, "correct horse");
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(sealed.includes(dump.subarray(0, 64))).toBe(false);
    expect((await openBackup(sealed, "correct horse")).equals(dump)).toBe(true);
    await expect(openBackup(sealed, "wrong horse")).rejects.toThrow(/Wrong passphrase/);
    await expect(openBackup(sealed, undefined)).rejects.toThrow(/encrypted: give its passphrase/);
  });

  it("refuses a changed header or body as damaged or a wrong passphrase, never as data", async () => {
    const sealed = await sealBackup(dump, "p");
    const body = Buffer.from(sealed);
    body[body.length - 40] ^= 1;
    await expect(openBackup(body, "p")).rejects.toThrow(BackupFileError);
    const header = Buffer.from(sealed.toString("latin1").replace('"r":8', '"r":9'), "latin1");
    await expect(openBackup(header, "p")).rejects.toThrow(/Wrong passphrase/);
    await expect(openBackup(Buffer.from("hello"), undefined)).rejects.toThrow(/not a console backup/);
  });
});
