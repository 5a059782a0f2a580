import "server-only";
import type { Db } from "@/lib/db";
import { staleKey } from "./alert-rules";
import { emitGrantAlert } from "./emit-grant-alert";

const BATCH = 100;
const BATCHES_PER_SWEEP = 5;
const DAY_MS = 86_400_000;

type Claimed = { id: string; workspaceId: string; lastUsedAt: Date | null; createdAt: Date; staleGrantDays: number };

/**
 * `grant.stale` (issue 17): active grants neither used nor created for their workspace's staleGrantDays
 * (default 90, the inventory's stale view), once per idleness (alert-rules.ts). Each is claimed by setting
 * `staleAlertedAt` in the same transaction that emits its alert — the UPDATE re-checks it, so two instances
 * never alert one grant twice — and a later use sets it back to null (lib/grants/record-grant-use.ts).
 * Served by the partial index "Grant_stale_alert_idx" (active grants not yet alerted, by when they went
 * idle): one empty index range per workspace when there is nothing to do, at any number of grants.
 */
export async function sweepStaleGrants(db: Db, now: Date): Promise<number> {
  let emitted = 0;
  for (let i = 0; i < BATCHES_PER_SWEEP; i++) {
    const claimed = await db.$transaction(async (tx) => {
      // Timestamps are stored in UTC without a time zone: the cutoff is written as one, whatever the session's zone.
      const rows = await tx.$queryRaw<Claimed[]>`
        UPDATE "Grant" AS g SET "staleAlertedAt" = ${now}
        FROM (
          SELECT s."id", w."staleGrantDays" FROM "Workspace" AS w
          CROSS JOIN LATERAL (
            SELECT "id" FROM "Grant"
            WHERE "workspaceId" = w."id" AND "status" = 'ACTIVE' AND "staleAlertedAt" IS NULL
              AND COALESCE("lastUsedAt", "createdAt") < CAST(${now.toISOString()} AS timestamp(3)) - make_interval(days => w."staleGrantDays")
            ORDER BY COALESCE("lastUsedAt", "createdAt")
            LIMIT ${BATCH}
          ) AS s
          LIMIT ${BATCH}
        ) AS due
        WHERE g."id" = due."id" AND g."staleAlertedAt" IS NULL
        RETURNING g."id", g."workspaceId", g."lastUsedAt", g."createdAt", due."staleGrantDays"`;
      for (const g of rows) {
        const idle = Math.floor((now.getTime() - (g.lastUsedAt ?? g.createdAt).getTime()) / DAY_MS);
        const since = g.lastUsedAt ? `last used ${day(g.lastUsedAt)}` : `never used since it was created ${day(g.createdAt)}`;
        await emitGrantAlert(
          tx,
          g,
          "grant.stale",
          {
            reason: `Not used for ${idle} days (${since}); the workspace calls a grant stale after ${g.staleGrantDays}. An unused grant is still a live credential: revoke it if nothing needs it.`,
          },
          { dedupeKey: staleKey(g.id, g.lastUsedAt) },
        );
      }
      return rows.length;
    });
    emitted += claimed;
    if (claimed < BATCH) break;
  }
  return emitted;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
