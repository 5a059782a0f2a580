import "server-only";
import { db } from "@/lib/db";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "./session-policy";

/** How many browsers are signed in as the user now (live sessions only). */
export function countSessions(userId: string) {
  const now = Date.now();
  return db.userSession.count({
    where: {
      userId,
      createdAt: { gt: new Date(now - SESSION_MAX_SECONDS * 1000) },
      lastSeenAt: { gt: new Date(now - SESSION_IDLE_SECONDS * 1000) },
    },
  });
}
