import { hash as argon2Hash, parseOptions, verify as argon2Verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { withHashSlot } from "./hash-slots";

// argon2id through @node-rs/argon2 (a native napi-rs binding that installs prebuilt from npm; the
// `argon2` package's prebuilt binary crashed on Debian 12): it hashes on libuv's thread pool, so a sign-in never
// holds the event loop (bcryptjs cost 12 took ~350 ms of it per attempt: issue 11, section 2).
// Parameters: OWASP's Password Storage Cheat Sheet, first argon2id option (19 MiB, 2 passes, 1 lane):
// ~45 ms here. Raising them later upgrades stored hashes at each user's next sign-in (needsRehash).
// The algorithm is the binding's default, argon2id (password.test.ts checks it).
export const HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Compared against when the email is nobody's, so an unknown email costs the same hash as a known one
// (timing does not reveal accounts). Made with HASH_OPTIONS; password.test.ts keeps them in step.
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$BvAwobSNgAskS3DMQYlC8A$hBCCWmwJW8p4N4WN19ErwJsUtNb9D9YlN77i/GZOsi0";

const BCRYPT = /^\$2[aby]\$\d\d\$/;
// Algorithm.Argon2id: the binding's enum is a `const enum`, which isolated modules cannot import.
const ARGON2ID = 2;

export const hashPassword = (password: string) => withHashSlot(() => argon2Hash(password, HASH_OPTIONS));

/**
 * Whether the password matches the stored hash, and whether that hash should be replaced by a fresh
 * argon2id one now that the password is known: legacy bcrypt hashes (bcryptjs, before issue 11) and
 * argon2 hashes made with older parameters.
 */
export async function verifyPassword(password: string, hash: string): Promise<{ ok: boolean; rehash: boolean }> {
  if (BCRYPT.test(hash)) return { ok: await withHashSlot(() => bcrypt.compare(password, hash)), rehash: true };
  if (!hash.startsWith("$argon2")) return { ok: false, rehash: false };
  const ok = await withHashSlot(() => argon2Verify(hash, password));
  return { ok, rehash: ok && needsRehash(hash) };
}

/** Whether a stored argon2 hash is weaker than HASH_OPTIONS (or not argon2id). */
export function needsRehash(hash: string): boolean {
  const used = parseOptions(hash);
  return (
    used.algorithm !== ARGON2ID ||
    used.memoryCost < HASH_OPTIONS.memoryCost ||
    used.timeCost < HASH_OPTIONS.timeCost ||
    used.parallelism < HASH_OPTIONS.parallelism
  );
}
