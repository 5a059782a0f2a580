import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";

// Secrets leave the console only inside this box: AES-256-GCM under a key derived from the admin's
// passphrase with scrypt. Nothing here depends on the console's own keys, so another console can open it.
export type PassphraseBox = { kdf: "scrypt"; n: number; r: number; p: number; salt: string; iv: string; data: string };

const N = 2 ** 15,
  R = 8,
  P = 1;
// scrypt runs on libuv's thread pool (32 MB, ~0.1 s): other requests are served meanwhile.
const derive = (passphrase: string, salt: Buffer, n: number, r: number, p: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase, salt, 32, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );

export async function seal(plain: string, passphrase: string): Promise<PassphraseBox> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await derive(passphrase, salt, N, R, P), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { kdf: "scrypt", n: N, r: R, p: P, salt: salt.toString("base64"), iv: iv.toString("base64"), data: data.toString("base64") };
}

export async function open(box: PassphraseBox, passphrase: string): Promise<string | null> {
  try {
    if (box.n > 2 ** 20 || box.r > 32 || box.p > 4) return null; // refuse a box that would take minutes to open
    const data = Buffer.from(box.data, "base64");
    const decipher = createDecipheriv(
      "aes-256-gcm",
      await derive(passphrase, Buffer.from(box.salt, "base64"), box.n, box.r, box.p),
      Buffer.from(box.iv, "base64"),
    );
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
