import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "./session-policy";

/** A new signed-in browser for the user; its id goes into the session cookie. Clears their stale rows. */
export async function startSession(userId: string): Promise<string> {
  const now = Date.now();
  await db.userSession.deleteMany({
    where: {
      userId,
      OR: [
        { createdAt: { lte: new Date(now - SESSION_MAX_SECONDS * 1000) } },
        { lastSeenAt: { lte: new Date(now - SESSION_IDLE_SECONDS * 1000) } },
      ],
    },
  });
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({ data: { id, userId } });
  return id;
}
