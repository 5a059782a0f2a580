"use server";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";
import type { FormState } from "./form-state";

export async function revokeInvite(slug: string, inviteId: string): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "members:manage");
  const meta = await requestMeta();
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({ where: { id: withoutNul(inviteId), workspaceId: workspace.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count) await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "member.invite_revoked", targetType: "invite", targetId: inviteId, ...meta });
  });
  revalidatePath(`/w/${workspace.slug}/members`);
  return { ok: true, message: "Invite revoked." };
}
