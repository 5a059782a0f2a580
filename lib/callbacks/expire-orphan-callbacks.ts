import "server-only";
import type { Db } from "@/lib/db";

/** Callbacks that reached no workspace (unknown state or path, junk) are kept this long for debugging. */
export const ORPHAN_TTL_MS = 7 * 86_400_000;
const BATCH = 1000;

// Removes orphan callbacks and refusal counts older than ORPHAN_TTL_MS, in short batches so neither
// PostgreSQL nor the embedded database is held for long. Callbacks of a workspace stay: they are its
// history (and go with the workspace).
export async function expireOrphanCallbacks(db: Db, now = new Date()) {
  const before = new Date(now.getTime() - ORPHAN_TTL_MS);
  let callbacks = 0;
  for (;;) {
    const n = await db.$executeRaw`
      DELETE FROM "CallbackEvent" WHERE "id" IN (
        SELECT "id" FROM "CallbackEvent" WHERE "workspaceId" IS NULL AND "receivedAt" < ${before} LIMIT ${BATCH})`;
    callbacks += n;
    if (n < BATCH) break;
  }
  const refusals = await db.callbackRefusal.deleteMany({ where: { windowStart: { lt: before } } });
  return { callbacks, refusals: refusals.count };
}
