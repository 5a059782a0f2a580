"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canAssignRole } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { lockAndCountOwners } from "@/lib/data/members/count-owners";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { memberSchema } from "@/lib/schemas/members";
import { formObject, type FormState } from "./form-state";

// Removes a member, or lets a member leave (userId = self). The last owner can do neither.
export async function removeMember(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const self = await requireMember(slug, "members:read");
  const parsed = memberSchema.safeParse(formObject(formData));
  if (!parsed.success) return { message: "Nobody to remove." };
  const { userId } = parsed.data;
  const leaving = userId === self.user.id;
  const { user, role, workspace } = leaving ? self : await requireMember(slug, "members:manage");
  const meta = await requestMeta();
  const message = await db.$transaction(async (tx) => {
    const owners = await lockAndCountOwners(tx, workspace.id);
    const member = await tx.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId: workspace.id } }, select: { role: true } });
    if (!member) return null;
    if (!leaving && !canAssignRole(role, member.role, "VIEWER")) return "Only owners can remove an owner.";
    if (member.role === "OWNER" && owners <= 1) return "The last owner cannot leave or be removed: make someone else owner first.";
    await tx.membership.delete({ where: { userId_workspaceId: { userId, workspaceId: workspace.id } } });
    // Someone removed is signed out everywhere at once (leaving on one's own keeps one's sessions).
    if (!leaving) await endSessions(userId, { tx });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "member.removed", targetType: "user", targetId: userId, data: { role: member.role, left: leaving }, ...meta });
    return null;
  });
  if (message) return { message };
  if (leaving) redirect("/");
  revalidatePath(`/w/${workspace.slug}/members`);
  return { ok: true, message: "Member removed." };
}
