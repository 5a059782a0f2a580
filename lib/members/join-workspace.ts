import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";

// Consumes the invite (single use, even when two tabs race) and adds the membership.
export async function joinWorkspace(
  tx: Tx,
  invite: { id: string; role: "OWNER" | "ADMIN" | "DEVELOPER" | "VIEWER"; workspace: { id: string } },
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
) {
  const { count } = await tx.invite.updateMany({
    where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date(), acceptedById: userId },
  });
  if (count !== 1) return false;
  await tx.membership.upsert({
    where: { userId_workspaceId: { userId, workspaceId: invite.workspace.id } },
    create: { userId, workspaceId: invite.workspace.id, role: invite.role },
    update: {},
  });
  await recordAuditEvent(tx, {
    workspaceId: invite.workspace.id,
    actorId: userId,
    action: "member.joined",
    targetType: "user",
    targetId: userId,
    data: { role: invite.role, inviteId: invite.id },
    ...meta,
  });
  return true;
}
