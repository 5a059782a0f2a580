import "server-only";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { type AuditInput, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";
import type { ConsoleCtx } from "./console-context";

// The data-centre table is the whole console's, so a change to it is recorded in EVERY workspace's
// trail (in the same transaction): each workspace's admins see what changed the DCs their clients use.
export async function auditDataCentreChange(
  tx: Tx,
  ctx: ConsoleCtx,
  action: AuditAction,
  location: string | null,
  data: NonNullable<AuditInput["data"]>,
) {
  const workspaces = await tx.workspace.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  const actorId = ctx.actor.kind === "member" ? ctx.actor.userId : null;
  for (const { id } of workspaces) {
    await recordAuditEvent(tx, { workspaceId: id, actorId, action, targetType: "data_centre", targetId: location, data, ...ctx.meta });
  }
}
