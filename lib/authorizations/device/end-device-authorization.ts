import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";

export type DeviceEnd = { status: "DENIED" | "EXPIRED" | "FAILED"; lastAnswer: string; reason: string };
type Ending = { id: string; workspaceId: string; clientId: string; userId: string; location: string };

// A device authorization that ends without a grant: its status and reason, and the audit event, in one
// transaction — once, however many polls race to end it.
export async function endDeviceAuthorization({ meta }: { meta: RequestMeta }, { row, end }: { row: Ending; end: DeviceEnd }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.deviceAuthorization.updateMany({
      where: { id: row.id, status: "PENDING" },
      data: { status: end.status, lastAnswer: end.lastAnswer, reason: end.reason, finishedAt: new Date() },
    });
    if (count !== 1) return;
    await recordAuditEvent(tx, {
      workspaceId: row.workspaceId,
      actorId: row.userId,
      action: "device_authorization.ended",
      targetType: "client",
      targetId: row.clientId,
      data: { deviceAuthorizationId: row.id, outcome: end.status, answer: end.lastAnswer, location: row.location },
      ...meta,
    });
  });
}
