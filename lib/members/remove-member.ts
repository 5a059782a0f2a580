import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { canAssignRole } from "@/lib/auth/permissions";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { db } from "@/lib/db";
import { actorRole } from "./actor-role";
import { lockAndCountOwners } from "./lock-and-count-owners";
import type { MemberInput } from "./schemas";

/**
 * Removes a member (members:manage), or lets a member leave (userId = the actor: members:read is
 * enough). The last owner can do neither. `left` tells the caller to take the leaver away.
 */
export async function removeMember(ctx: Ctx, { userId }: MemberInput): Promise<FormState & { left?: boolean }> {
  allow(ctx, "members:read");
  const leaving = ctx.actor.kind === "member" && ctx.actor.userId === userId;
  if (!leaving) allow(ctx, "members:manage");
  const where = { userId_workspaceId: { userId, workspaceId: ctx.workspace.id } };
  const message = await db.$transaction(async (tx) => {
    const owners = await lockAndCountOwners(tx, ctx.workspace.id);
    const member = await tx.membership.findUnique({ where, select: { role: true } });
    if (!member) return null;
    if (!leaving && !canAssignRole(actorRole(ctx), member.role, "VIEWER")) return "Only owners can remove an owner.";
    if (member.role === "OWNER" && owners <= 1) return "The last owner cannot leave or be removed: make someone else owner first.";
    await tx.membership.delete({ where });
    // Someone removed is signed out everywhere at once (leaving on one's own keeps one's sessions).
    if (!leaving) await endSessions(userId, { tx });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "member.removed",
      targetType: "user",
      targetId: userId,
      data: { role: member.role, left: leaving },
      ...ctx.meta,
    });
    return null;
  });
  if (message) return { message };
  return leaving ? { ok: true, left: true } : { ok: true, message: "Member removed." };
}
