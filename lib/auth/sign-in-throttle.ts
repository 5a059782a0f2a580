import "server-only";
import { db } from "@/lib/db";

// Repeated wrong passwords for one email slow the next attempts down: after 5 failures each further
// attempt must wait 2, 4, 8 … seconds (at most 15 minutes). Kept in the database, so every console
// instance sees the same count; a successful sign-in clears it.
const FREE_FAILURES = 4;
const MAX_DELAY_S = 15 * 60;

export function delaySeconds(failures: number): number {
  return failures <= FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S);
}

/** Seconds until the next attempt for this email is allowed (0 = now). */
export async function signInWaitSeconds(email: string): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key: email } });
  if (!row) return 0;
  const until = row.lastFailureAt.getTime() + delaySeconds(row.failures) * 1000;
  return Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

export async function recordSignInResult(email: string, ok: boolean) {
  if (ok) {
    await db.signInThrottle.deleteMany({ where: { key: email } });
    return;
  }
  await db.signInThrottle.upsert({
    where: { key: email },
    create: { key: email, failures: 1, lastFailureAt: new Date() },
    update: { failures: { increment: 1 }, lastFailureAt: new Date() },
  });
}
