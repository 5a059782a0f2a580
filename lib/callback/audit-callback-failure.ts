import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";

type Failure = {
  id: string; workspaceId: string; clientId: string | null; authRequestId: string | null;
  outcome: string; error: string | null; ip: string | null; userAgent: string | null;
};

// A callback that reached a workspace and ended without a grant, as that workspace's audit event (a
// grant's own event records the successful ones), attributed to whoever started the authorization.
export async function auditCallbackFailure(tx: Tx, c: Failure) {
  const startedBy = c.authRequestId ? await tx.authRequest.findUnique({ where: { id: c.authRequestId }, select: { userId: true } }) : null;
  await recordAuditEvent(tx, {
    workspaceId: c.workspaceId, actorId: startedBy?.userId ?? null, action: "callback.failed", targetType: "callback", targetId: c.id,
    data: { clientId: c.clientId, outcome: c.outcome, error: c.error?.slice(0, 200) ?? null }, ip: c.ip, userAgent: c.userAgent,
  });
}
