import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { canAssignRole } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { actorRole } from "./actor-role";
import { lockAndCountOwners } from "./lock-and-count-owners";
import type { ChangeRoleInput } from "./schemas";

/** A member's new role. Only owners give or take the owner role; the last owner stays an owner. */
export async function changeMemberRole(ctx: Ctx, { userId, role: next }: ChangeRoleInput): Promise<FormState> {
  allow(ctx, "members:manage");
  const where = { userId_workspaceId: { userId, workspaceId: ctx.workspace.id } };
  const message = await db.$transaction(async (tx) => {
    const owners = await lockAndCountOwners(tx, ctx.workspace.id);
    const member = await tx.membership.findUnique({ where, select: { role: true } });
    if (!member) return "That person is not a member any more.";
    if (member.role === next) return null;
    if (!canAssignRole(actorRole(ctx), member.role, next)) return "Only owners can give or take the owner role.";
    if (member.role === "OWNER" && owners <= 1) return "The last owner cannot be demoted: make someone else owner first.";
    await tx.membership.update({ where, data: { role: next } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "member.role_changed",
      targetType: "user",
      targetId: userId,
      data: { from: member.role, to: next },
      ...ctx.meta,
    });
    return null;
  });
  return message ? { message } : { ok: true, message: "Role changed." };
}
