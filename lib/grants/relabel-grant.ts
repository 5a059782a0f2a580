import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { RelabelGrantInput } from "./schemas";

/** A grant's label: a name for people in the console (and the token API's grant list). */
export async function relabelGrant(ctx: Ctx, input: RelabelGrantInput): Promise<FormState> {
  allow(ctx, "grants:label");
  const { grantId, label } = input;
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.grant.updateMany({ where: { id: grantId, workspaceId: ctx.workspace.id }, data: { label } });
    if (!count) return false;
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "grant.relabelled",
      targetType: "grant",
      targetId: grantId,
      data: { label },
      ...ctx.meta,
    });
    return true;
  });
  return done ? { ok: true, message: "Label saved.", values: { label } } : { message: "No such grant." };
}
