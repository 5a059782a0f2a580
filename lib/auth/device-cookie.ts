import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

// The device cookie (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): after a
// successful sign-in the browser gets `<userId>.<nonce>.<expires>.<signature>`, an HMAC-SHA256 under
// a key derived from AUTH_SECRET. Presenting a valid one for the account being signed in to moves the
// attempt from the account's count to this device's own (lib/auth/sign-in-limits.ts).
export const DEVICE_COOKIE_DAYS = 90;

export type Device = { userId: string; nonce: string; expires: number };

/** The signing key: its own key, derived from AUTH_SECRET, so it signs nothing else. */
export const deviceKey = (authSecret: string) => Buffer.from(hkdfSync("sha256", authSecret, "", "zoho-console device cookie v1", 32));

const signature = (key: Buffer, userId: string, nonce: string, expires: number) =>
  createHmac("sha256", key).update(`${userId}.${nonce}.${expires}`).digest("base64url");

export function signDevice(
  key: Buffer,
  userId: string,
  nonce = randomBytes(16).toString("base64url"),
  now = Date.now(),
): { value: string; device: Device } {
  const expires = Math.floor(now / 1000) + DEVICE_COOKIE_DAYS * 86_400;
  return { value: `${userId}.${nonce}.${expires}.${signature(key, userId, nonce, expires)}`, device: { userId, nonce, expires } };
}

/** The device a cookie value names, or null when it is malformed, forged or expired. */
export function verifyDevice(key: Buffer, value: string | undefined, now = Date.now()): Device | null {
  const parts = value?.split(".");
  if (!parts || parts.length !== 4) return null;
  const [userId, nonce, expiresText, sent] = parts;
  const expires = Number(expiresText);
  if (!userId || !nonce || !/^\d{1,12}$/.test(expiresText) || expires * 1000 <= now) return null;
  const expected = Buffer.from(signature(key, userId, nonce, expires));
  const given = Buffer.from(sent);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, nonce, expires };
}
