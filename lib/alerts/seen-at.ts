import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** When the member last marked the workspace's alerts read (null for an actor that is not a member: nothing is unread). */
export async function seenAt(ctx: Ctx): Promise<Date | null> {
  if (ctx.actor.kind !== "member") return null;
  const row = await db.membership.findUnique({
    where: { userId_workspaceId: { userId: ctx.actor.userId, workspaceId: ctx.workspace.id } },
    select: { alertsSeenAt: true },
  });
  return row?.alertsSeenAt ?? null;
}
