import "server-only";
import { db, type Tx } from "@/lib/db";

/** Signs one browser out: its cookie is refused from its next request on. */
export async function endSession(sessionId: string) {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Signs the user out everywhere, or everywhere but the browser asking (a password change). */
export async function endSessions(userId: string, { except, tx = db }: { except?: string; tx?: Tx | typeof db } = {}) {
  const { count } = await tx.userSession.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return count;
}
