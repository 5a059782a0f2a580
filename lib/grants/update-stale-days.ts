import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { StaleDaysInput } from "./schemas";

/** After how many days without use a grant of the workspace counts as stale. */
export async function updateStaleDays(ctx: Ctx, { staleGrantDays }: StaleDaysInput): Promise<FormState> {
  allow(ctx, "workspace:manage");
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: { staleGrantDays } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "workspace.stale_days_changed",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      data: { staleGrantDays },
      ...ctx.meta,
    });
  });
  return {
    ok: true,
    message: `A grant is stale after ${staleGrantDays} days without use.`,
    values: { staleGrantDays: String(staleGrantDays) },
  };
}
