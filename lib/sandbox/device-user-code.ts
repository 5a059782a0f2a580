import { randomInt } from "node:crypto";

// The user code a person types at the verification page. Zoho shows it as four characters, a dash,
// four more (its own device page inserts the dash after the fourth character as you type — Zoho
// Accounts' oauth device JSP, and "A1B2-C3D4" in Zoho's CLI docs). Letters and digits that cannot be
// mistaken for each other (no 0/O, 1/I/L, 5/S, 8/B), as RFC 8628 §6.1 advises for typed codes.
const ALPHABET = "ACDEFGHJKMNPQRTUVWXY2346789";

export function newUserCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  return `${Array.from({ length: 4 }, pick).join("")}-${Array.from({ length: 4 }, pick).join("")}`;
}

/** What a person typed, as stored: upper case, the dash where Zoho puts it, spaces ignored. Null when it cannot be a code. */
export function normaliseUserCode(typed: string | null | undefined): string | null {
  const chars = (typed ?? "").toUpperCase().replace(/[\s-]/g, "");
  if (chars.length !== 8 || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
