import "server-only";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import type { MarkReadInput } from "./schemas";

/**
 * "Mark all read", for this member only: the watermark moves up to the newest alert they were shown
 * (`upTo`), so an alert that arrived after the list was drawn stays unread; without one, up to now. It
 * never moves back. Not audited: it changes nothing but what one person's bell shows.
 */
export async function markAlertsRead(ctx: Ctx, { upTo }: MarkReadInput): Promise<FormState> {
  allow(ctx, "alerts:read");
  if (ctx.actor.kind !== "member") throw new NotAllowedError("alerts:read");
  const shown = upTo ? await db.alert.findFirst({ where: { id: upTo, workspaceId: ctx.workspace.id }, select: { createdAt: true } }) : null;
  const until = shown?.createdAt ?? new Date();
  await db.membership.updateMany({
    where: { userId: ctx.actor.userId, workspaceId: ctx.workspace.id, alertsSeenAt: { lt: until } },
    data: { alertsSeenAt: until },
  });
  return { ok: true, message: "All alerts marked read." };
}
