import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// AES-256-GCM envelope for secrets and tokens that must be used later (client secrets, refresh tokens):
//   v1.<key id>.<iv>.<ciphertext + auth tag>   (base64url parts)
// The key id lets old envelopes decrypt while keys rotate.
export type Key = { id: string; bytes: Buffer };
export type Keyring = { current: Key; all: Map<string, Key> };

export function keyFromBase64(b64: string): Key {
  const bytes = Buffer.from(b64, "base64");
  if (bytes.length !== 32) throw new Error("an encryption key must be 32 bytes");
  return { id: createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes };
}

export function createKeyring(current: string, previous: string[] = []): Keyring {
  const keys = [current, ...previous].map(keyFromBase64);
  return { current: keys[0], all: new Map(keys.map((k) => [k.id, k])) };
}

export function encrypt(plain: string, ring: Keyring): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ring.current.bytes, iv);
  cipher.setAAD(Buffer.from(ring.current.id));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return ["v1", ring.current.id, iv.toString("base64url"), body.toString("base64url")].join(".");
}

export class DecryptError extends Error {}

export function decrypt(envelope: string, ring: Keyring): string {
  const [version, keyId, ivPart, bodyPart, extra] = envelope.split(".");
  if (version !== "v1" || !keyId || !ivPart || !bodyPart || extra !== undefined) {
    throw new DecryptError("not an encryption envelope");
  }
  const key = ring.all.get(keyId);
  if (!key) throw new DecryptError(`no key with id ${keyId}`);
  const body = Buffer.from(bodyPart, "base64url");
  if (body.length < 16) throw new DecryptError("envelope too short");
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(ivPart, "base64url"));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(body.subarray(body.length - 16));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptError("envelope was tampered with or the key is wrong");
  }
}
