import "server-only";
import { auditHash } from "./audit-hash";
import type { Tx } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";
import type { AuditAction } from "./audit-actions";

export type AuditInput = {
  workspaceId: string;
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  // Never secrets: ids, names, last-4s and counts only.
  data?: Record<string, string | number | boolean | null | string[]>;
  ip?: string | null;
  userAgent?: string | null;
};

// Appends to the workspace's hash chain inside the caller's transaction, so the audit row and the
// change it records commit together. The advisory lock orders concurrent writers per workspace.
export async function recordAuditEvent(tx: Tx, input: AuditInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${input.workspaceId}))`;
  const last = await tx.auditEvent.findFirst({
    where: { workspaceId: input.workspaceId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? "";
  const createdAt = new Date();
  const row = {
    workspaceId: input.workspaceId,
    seq,
    actorId: input.actorId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    data: input.data ?? {},
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
    createdAt,
  };
  const hash = auditHash(prevHash, row);
  const created = await tx.auditEvent.create({ data: { ...row, prevHash, hash } });
  // Counted once written in its transaction (a transaction that rolls back later still counted it: rare).
  metrics().auditEvents.labels({ action: input.action }).inc();
  return created;
}
