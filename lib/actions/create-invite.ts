"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canAssignRole } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { appOrigin } from "@/lib/config/app-origin";
import { randomToken, sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { sendInviteEmail } from "@/lib/mail/send-invite-email";
import { metaFrom } from "@/lib/request-meta";
import { inviteSchema } from "@/lib/schemas/members";
import { formObject, invalid, type FormState } from "./form-state";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export type InviteState = FormState & { link?: string; email?: string; mail?: "sent" | "failed" | "off" };

// The link is shown once to the inviter (no mail server needed); only its hash is kept.
export async function createInvite(slug: string, _prev: InviteState, formData: FormData): Promise<InviteState> {
  const { user, role, workspace } = await requireMember(slug, "members:manage");
  const input = formObject(formData);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { email, role: invitedRole } = parsed.data;
  if (!canAssignRole(role, null, invitedRole)) return { fieldErrors: { role: ["Only owners can invite owners"] }, values: input };
  const already = await db.membership.findFirst({ where: { workspaceId: workspace.id, user: { email } }, select: { userId: true } });
  if (already) return { fieldErrors: { email: ["This person is already a member"] }, values: input };
  const token = randomToken(24);
  const h = await headers();
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: { workspaceId: workspace.id, email, role: invitedRole, tokenHash: sha256Hex(token), createdById: user.id, expiresAt: new Date(Date.now() + INVITE_TTL_MS) },
      select: { id: true },
    });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "member.invited", targetType: "invite", targetId: invite.id, data: { email, role: invitedRole }, ...metaFrom(h) });
  });
  revalidatePath(`/w/${workspace.slug}/members`);
  const link = `${appOrigin({ headers: h })}/invite/${token}`;
  const mail = await sendInviteEmail({ to: email, link, workspace: workspace.name, role: invitedRole, inviter: user.email ?? "A member" });
  return { ok: true, link, email, mail };
}
