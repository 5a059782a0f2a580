import { randomToken, sha256Hex } from "@/lib/crypto/tokens";

// An unsubscribe link's token: 32 random bytes, base64url (43 characters). Only its SHA-256 is stored
// (AlertMailToken), as for invites; anything not shaped like one is refused before any lookup.
const SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newUnsubscribeToken(): { token: string; hash: string } {
  const token = randomToken(32);
  return { token, hash: sha256Hex(token) };
}

export const isUnsubscribeToken = (token: string) => SHAPE.test(token);

/** The stored hash of a token-shaped string, or null for anything else (so no lookup is made). */
export function unsubscribeTokenHash(token: string): string | null {
  return isUnsubscribeToken(token) ? sha256Hex(token) : null;
}
