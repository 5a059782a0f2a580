import argon2 from "argon2";
import bcrypt from "bcryptjs";
import { withHashSlot } from "./hash-slots";

// argon2id through the native `argon2` binding: it hashes on libuv's thread pool, so a sign-in never
// holds the event loop (bcryptjs cost 12 took ~350 ms of it per attempt: issue 11, section 2).
// Parameters: OWASP's Password Storage Cheat Sheet, first argon2id option (19 MiB, 2 passes, 1 lane):
// ~45 ms here. Raising them later upgrades stored hashes at each user's next sign-in (needsRehash).
export const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Compared against when the email is nobody's, so an unknown email costs the same hash as a known one
// (timing does not reveal accounts). Made with HASH_OPTIONS; password.test.ts keeps them in step.
export const DUMMY_HASH = "$argon2id$v=19$m=19456,p=1,t=2$2xF9SUgA1lupAxzWwDgzHw$79Psj9KT53PWkGcvDa+ZwZvJx5g64TBc2ekOVs1K9aE";

const BCRYPT = /^\$2[aby]\$\d\d\$/;

export const hashPassword = (password: string) => withHashSlot(() => argon2.hash(password, HASH_OPTIONS));

/**
 * Whether the password matches the stored hash, and whether that hash should be replaced by a fresh
 * argon2id one now that the password is known: legacy bcrypt hashes (bcryptjs, before issue 11) and
 * argon2 hashes made with older parameters.
 */
export async function verifyPassword(password: string, hash: string): Promise<{ ok: boolean; rehash: boolean }> {
  if (BCRYPT.test(hash)) return { ok: await withHashSlot(() => bcrypt.compare(password, hash)), rehash: true };
  if (!hash.startsWith("$argon2")) return { ok: false, rehash: false };
  const ok = await withHashSlot(() => argon2.verify(hash, password));
  return { ok, rehash: ok && argon2.needsRehash(hash, HASH_OPTIONS) };
}
