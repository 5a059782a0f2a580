import { createHash } from "node:crypto";
import { isIPv6 } from "node:net";
import type { Limit } from "@/lib/rate-limit/rate-limit";

// The sign-in limits (issue 11, sections 2 and 5), after OWASP's "Slow Down Online Guessing Attacks
// with Device Cookies": a browser that has signed in to an account holds a signed device cookie for
// it (lib/auth/device-cookie.ts). Its attempts count against that (account, device) pair only, so
// someone failing on purpose from elsewhere cannot lock the real user out of their own browser. Every
// other attempt counts against the client address and against the account. They are counted in the
// database ("shared": several console instances see one count), BEFORE the password is hashed, and a
// successful sign-in gives its point back: the limits count wrong passwords.
const FIFTEEN_MINUTES = 15 * 60;

export const SIGN_IN_LIMITS = {
  // The same count per address kept in this process first: once an address has spent it, a flood
  // from it is refused without a database write per attempt (the shared count is the one that holds
  // across instances; this one only sheds load, and is never looser than it on one instance).
  addressHere: { name: "sign-in-address-here", points: 30, perSeconds: FIFTEEN_MINUTES, store: "memory" },
  // Online guessing of one account from unknown browsers: 5 wrong passwords per 15 minutes, then
  // refused until the window ends (at most 480 guesses a day). The owner keeps their known browser.
  account: { name: "sign-in-account", points: 5, perSeconds: FIFTEEN_MINUTES, store: "shared" },
  // Password spraying (one guess across many emails) from one address. 30 per 15 minutes leaves room
  // for a team mistyping behind one NAT address.
  address: { name: "sign-in-address", points: 30, perSeconds: FIFTEEN_MINUTES, store: "shared" },
  // The real user's own browser: typos, a forgotten password. A stolen device cookie is still limited.
  device: { name: "sign-in-device", points: 10, perSeconds: FIFTEEN_MINUTES, store: "shared" },
} satisfies Record<string, Limit>;

// Re-entering the password while signed in (revealing a client secret, changing the password): its
// own count per user, so a sign-in attack on the account does not block the signed-in user, and a
// stolen session cannot guess the password faster than sign-in could.
export const REENTRY_LIMIT: Limit = { name: "password-reentry", points: 5, perSeconds: FIFTEEN_MINUTES, store: "shared" };

export type Bucket = { limit: Limit; key: string };

/** The counts one sign-in attempt goes against, in the order they are taken. */
export function signInBuckets({
  email,
  address,
  device,
}: {
  email: string;
  address: string | null;
  device: { userId: string; nonce: string } | null;
}): Bucket[] {
  if (device) return [{ limit: SIGN_IN_LIMITS.device, key: `${device.userId}:${device.nonce}` }];
  const here = addressKey(address);
  return [
    { limit: SIGN_IN_LIMITS.addressHere, key: here },
    { limit: SIGN_IN_LIMITS.address, key: here },
    { limit: SIGN_IN_LIMITS.account, key: accountKey(email) },
  ];
}

// Emails are hashed: the counters name nobody (most keys under attack are someone's guesses anyway).
export const accountKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);

/** An IPv4 address as is; IPv6 by its /64, which one host usually holds whole. */
export function addressKey(address: string | null): string {
  if (!address) return "unknown";
  const plain = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1];
  if (!isIPv6(plain)) return plain;
  const [head, tail] = plain.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = plain.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
