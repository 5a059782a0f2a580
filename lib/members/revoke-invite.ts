import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { RevokeInviteInput } from "./schemas";

/** An open invite of this workspace stops working; revoking one already used, revoked or unknown changes nothing. */
export async function revokeInvite(ctx: Ctx, { inviteId }: RevokeInviteInput): Promise<FormState> {
  allow(ctx, "members:manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id: inviteId, workspaceId: ctx.workspace.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count)
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspace.id,
        actorId: actorId(ctx),
        action: "member.invite_revoked",
        targetType: "invite",
        targetId: inviteId,
        ...ctx.meta,
      });
  });
  return { ok: true, message: "Invite revoked." };
}
