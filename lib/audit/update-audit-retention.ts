import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { applyRetention } from "./apply-retention";
import { recordAuditEvent } from "./record-audit-event";
import type { RetentionInput } from "./schemas";

/** How long the workspace keeps its audit events (null: forever); a shorter setting drops whole months at once. */
export async function updateAuditRetention(ctx: Ctx, { auditRetentionDays: days }: RetentionInput): Promise<FormState> {
  allow(ctx, "workspace:manage");
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: { auditRetentionDays: days } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "workspace.retention_changed",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      data: { auditRetentionDays: days },
      ...ctx.meta,
    });
  });
  if (days !== null) await applyRetention(ctx.workspace.id);
  const message = days === null ? "Audit events are kept forever." : `Audit events are kept ${days} days (whole months are dropped).`;
  return { ok: true, message, values: { auditRetentionDays: days === null ? "" : String(days) } };
}
