import { recordAuditEvent } from "./record-audit-event";
import type { Db } from "@/lib/db";

const DAY_MS = 86_400_000;

export type DropReport = { throughSeq: number; events: number; before: string } | null;

// Retention drops whole calendar months (UTC) once every event in them is older than the retention:
// the oldest events, as one contiguous run of sequence numbers, so the chain stays checkable. The drop
// is itself an event, written first, carrying the last dropped event's hash — verification starts from
// it — and the only delete of audit events there is (the database refuses others, see the migration).
export async function dropOldSegments(db: Db, workspaceId: string, retentionDays: number, now = new Date()): Promise<DropReport> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const before = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth(), 1));
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${workspaceId}))`;
      const last = await tx.auditEvent.findFirst({
        where: { workspaceId, createdAt: { lt: before } },
        orderBy: { seq: "desc" },
        select: { seq: true, hash: true },
      });
      if (!last) return null;
      const events = await tx.auditEvent.count({ where: { workspaceId, seq: { lte: last.seq } } });
      await recordAuditEvent(tx, {
        workspaceId,
        actorId: null,
        action: "audit.segments_dropped",
        targetType: "workspace",
        targetId: workspaceId,
        data: { throughSeq: last.seq, throughHash: last.hash, events, before: before.toISOString(), retentionDays },
      });
      await tx.$executeRaw`SELECT set_config('audit.drop', 'on', true)`;
      await tx.auditEvent.deleteMany({ where: { workspaceId, seq: { lte: last.seq } } });
      return { throughSeq: last.seq, events, before: before.toISOString() };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}
