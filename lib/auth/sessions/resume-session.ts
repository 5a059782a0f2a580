import "server-only";
import { db } from "@/lib/db";
import { SESSION_TOUCH_SECONDS, sessionState } from "./session-policy";

/**
 * Whether the session a cookie names is still live: its row exists (not signed out, not revoked),
 * belongs to that user and has not expired. Slides the idle window. Runs on every auth() call.
 */
export async function resumeSession(sessionId: string, userId: string): Promise<boolean> {
  const row = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, createdAt: true, lastSeenAt: true } });
  if (!row || row.userId !== userId) return false;
  const now = new Date();
  const state = sessionState(row, now);
  if (state === "expired") {
    await db.userSession.deleteMany({ where: { id: sessionId } });
    return false;
  }
  if (state === "touch") {
    // Concurrent requests of one page: the first one writes, the others find it already done.
    await db.userSession.updateMany({
      where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - SESSION_TOUCH_SECONDS * 1000) } },
      data: { lastSeenAt: now },
    });
  }
  return true;
}
