import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { LimitsInput } from "./schemas";

/** The Zoho limits this workspace trusts (codes, access tokens, refresh tokens per user, code lifetime). */
export async function updateLimits(ctx: Ctx, input: LimitsInput): Promise<FormState> {
  allow(ctx, "workspace:manage");
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: input });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "workspace.limits_changed",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      data: input,
      ...ctx.meta,
    });
  });
  return { ok: true, message: "Limits saved." };
}
