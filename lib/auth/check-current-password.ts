import "server-only";
import { db } from "@/lib/db";
import { countAttempt, forgiveAttempt } from "./count-attempt";
import { verifyPassword } from "./password";
import { couldBeAPassword } from "./possible-password";
import { REENTRY_LIMIT } from "./sign-in-limits";
import { upgradePasswordHash } from "./upgrade-password-hash";

export type Reentry = { ok: true } | { ok: false; retryAfterSeconds?: number };

/**
 * A signed-in user re-enters their password (to reveal a secret, to change the password). Counted
 * per user before the check, on its own limit: a sign-in attack on the account does not block it.
 */
export async function checkCurrentPassword(userId: string, password: string): Promise<Reentry> {
  if (!couldBeAPassword(password)) return { ok: false };
  const buckets = [{ limit: REENTRY_LIMIT, key: userId }];
  const verdict = await countAttempt(buckets);
  if (!verdict.ok) return verdict;
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const { ok, rehash } = await verifyPassword(password, passwordHash);
  if (!ok) return { ok: false };
  await forgiveAttempt(buckets);
  if (rehash) await upgradePasswordHash(userId, passwordHash, password);
  return { ok: true };
}
