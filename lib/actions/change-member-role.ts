"use server";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canAssignRole } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { lockAndCountOwners } from "@/lib/data/members/count-owners";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { changeRoleSchema } from "@/lib/schemas/members";
import { formObject, type FormState } from "./form-state";

export async function changeMemberRole(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, role, workspace } = await requireMember(slug, "members:manage");
  const parsed = changeRoleSchema.safeParse(formObject(formData));
  if (!parsed.success) return { message: "Pick a role." };
  const { userId, role: next } = parsed.data;
  const meta = await requestMeta();
  const message = await db.$transaction(async (tx) => {
    const owners = await lockAndCountOwners(tx, workspace.id);
    const member = await tx.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId: workspace.id } }, select: { role: true } });
    if (!member) return "That person is not a member any more.";
    if (member.role === next) return null;
    if (!canAssignRole(role, member.role, next)) return "Only owners can give or take the owner role.";
    if (member.role === "OWNER" && owners <= 1) return "The last owner cannot be demoted: make someone else owner first.";
    await tx.membership.update({ where: { userId_workspaceId: { userId, workspaceId: workspace.id } }, data: { role: next } });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "member.role_changed", targetType: "user", targetId: userId, data: { from: member.role, to: next }, ...meta });
    return null;
  });
  revalidatePath(`/w/${workspace.slug}/members`);
  return message ? { message } : { ok: true, message: "Role changed." };
}
