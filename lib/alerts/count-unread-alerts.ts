import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The bell shows "99+" past this: counting further would read more of the index for no use. */
export const UNREAD_CAP = 100;

// The bell's number, rendered in the header of every workspace page: ONE query, served by the
// (workspaceId, createdAt) index — the member's watermark is read in the same statement, and the count
// stops at UNREAD_CAP rows however many alerts there are.
export async function countUnreadAlerts(ctx: Ctx): Promise<number> {
  allow(ctx, "alerts:read");
  if (ctx.actor.kind !== "member") return 0;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "Alert" a
      WHERE a."workspaceId" = ${ctx.workspace.id}
        AND a."createdAt" > (
          SELECT m."alertsSeenAt" FROM "Membership" m WHERE m."userId" = ${ctx.actor.userId} AND m."workspaceId" = ${ctx.workspace.id}
        )
      LIMIT ${UNREAD_CAP}
    ) AS unread`;
  return row?.n ?? 0;
}
