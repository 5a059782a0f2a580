import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";

// What `npm run db:backup` writes. Without a passphrase: PGlite's own dump of its data folder as it is
// (a .tar.gz, `tar tzf` lists it). With one: MAGIC, a one-line JSON header (scrypt parameters, salt,
// IV), then the dump sealed with AES-256-GCM under a key derived from the passphrase; the header is
// the GCM additional data, so a changed parameter fails like a wrong passphrase.
const MAGIC = "ZOHO-CONSOLE-BACKUP-1\n";
const GZIP = Buffer.from([0x1f, 0x8b]);
// scrypt N=2^16, r=8, p=1: 64 MiB and well under a second per derivation here; OWASP's password-storage
// floor is N=2^17 for a hash checked on every sign-in, a backup passphrase should be long (docs/operations.md).
const KDF = { N: 2 ** 16, r: 8, p: 1 };

type Header = { kdf: "scrypt"; N: number; r: number; p: number; salt: string; iv: string };

export class BackupFileError extends Error {}

const derive = (passphrase: string, salt: Buffer, { N, r, p }: Pick<Header, "N" | "r" | "p">) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase, salt, 32, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key))),
  );

export const isEncryptedBackup = (file: Buffer) => file.subarray(0, MAGIC.length).toString("latin1") === MAGIC;

export async function sealBackup(dump: Buffer, passphrase: string): Promise<Buffer> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header = Buffer.from(JSON.stringify({ kdf: "scrypt", ...KDF, salt: salt.toString("base64"), iv: iv.toString("base64") }) + "\n");
  const cipher = createCipheriv("aes-256-gcm", await derive(passphrase, salt, KDF), iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(dump), cipher.final()]);
  return Buffer.concat([Buffer.from(MAGIC, "latin1"), header, body, cipher.getAuthTag()]);
}

/** The PGlite dump inside a backup file; throws BackupFileError with a sentence a person can act on. */
export async function openBackup(file: Buffer, passphrase: string | undefined): Promise<Buffer> {
  if (!isEncryptedBackup(file)) {
    if (file.subarray(0, 2).equals(GZIP)) return file;
    throw new BackupFileError("This file is not a console backup (neither a PGlite dump nor an encrypted backup).");
  }
  if (!passphrase)
    throw new BackupFileError(
      "This backup is encrypted: give its passphrase with --passphrase-file <file> or the BACKUP_PASSPHRASE variable.",
    );
  const start = MAGIC.length;
  const end = file.indexOf(0x0a, start);
  let header: Header;
  try {
    header = JSON.parse(file.subarray(start, end).toString("utf8"));
  } catch {
    header = {} as Header;
  }
  if (end < 0 || header.kdf !== "scrypt" || ![header.N, header.r, header.p].every(Number.isInteger) || header.N > 2 ** 20)
    throw new BackupFileError("This backup's header is damaged: it cannot be decrypted.");
  const body = file.subarray(end + 1, file.length - 16);
  const decipher = createDecipheriv(
    "aes-256-gcm",
    await derive(passphrase, Buffer.from(header.salt, "base64"), header),
    Buffer.from(header.iv, "base64"),
  );
  decipher.setAAD(file.subarray(start, end + 1));
  decipher.setAuthTag(file.subarray(file.length - 16));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new BackupFileError("Wrong passphrase, or the backup file is damaged: it does not decrypt.");
  }
}
