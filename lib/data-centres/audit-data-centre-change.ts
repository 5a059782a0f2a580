import "server-only";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { type AuditInput, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";

export type Actor = { userId: string | null; ip?: string | null; userAgent?: string | null };

// The data-centre table is the whole console's, so a change to it is recorded in EVERY workspace's
// trail (in the same transaction): each workspace's admins see what changed the DCs their clients use.
export async function auditDataCentreChange(tx: Tx, actor: Actor, action: AuditAction, location: string | null, data: NonNullable<AuditInput["data"]>) {
  const workspaces = await tx.workspace.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  for (const { id } of workspaces) {
    await recordAuditEvent(tx, { workspaceId: id, actorId: actor.userId, action, targetType: "data_centre", targetId: location, data, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null });
  }
}
