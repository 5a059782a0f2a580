import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { canAssignRole } from "@/lib/auth/permissions";
import { randomToken, sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { sendInviteEmail } from "@/lib/mail/send-invite-email";
import { actorRole } from "./actor-role";
import type { InviteInput } from "./schemas";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export type InviteState = FormState & { link?: string; email?: string; mail?: "sent" | "failed" | "off" };

/**
 * Invites an email address with a role; `origin` is the console's public origin (lib/config/app-origin.ts)
 * the link is built on. The link is shown once to the inviter (no mail server needed) and mailed when
 * SMTP is set; only its hash is kept.
 */
export async function createInvite(ctx: Ctx, { email, role, origin }: InviteInput & { origin: string }): Promise<InviteState> {
  allow(ctx, "members:manage");
  // An invite names the member who sent it: the console's own jobs do not invite.
  if (ctx.actor.kind !== "member") throw new NotAllowedError("members:manage");
  const inviterId = ctx.actor.userId;
  if (!canAssignRole(actorRole(ctx), null, role)) return { fieldErrors: { role: ["Only owners can invite owners"] } };
  const already = await db.membership.findFirst({ where: { workspaceId: ctx.workspace.id, user: { email } }, select: { userId: true } });
  if (already) return { fieldErrors: { email: ["This person is already a member"] } };
  const token = randomToken(24);
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: {
        workspaceId: ctx.workspace.id,
        email,
        role,
        tokenHash: sha256Hex(token),
        createdById: inviterId,
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: inviterId,
      action: "member.invited",
      targetType: "invite",
      targetId: invite.id,
      data: { email, role },
      ...ctx.meta,
    });
  });
  const link = `${origin}/invite/${token}`;
  const inviter = await db.user.findUnique({ where: { id: inviterId }, select: { email: true } });
  const mail = await sendInviteEmail({ to: email, link, workspace: ctx.workspace.name, role, inviter: inviter?.email ?? "A member" });
  return { ok: true, link, email, mail };
}
