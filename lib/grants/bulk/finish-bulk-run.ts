import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { actorId, type Ctx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

const RUN_EVENT: Record<"REVOKE" | "RELABEL" | "ADD_TO_KEY", AuditAction> = {
  REVOKE: "grants.bulk_revoked",
  RELABEL: "grants.bulk_relabelled",
  ADD_TO_KEY: "grants.bulk_added_to_key",
};

/** How many of a run's items are in each state. */
export async function countRunItems(tx: Tx | typeof db, runId: string) {
  const groups = await tx.bulkRunItem.groupBy({ by: ["state"], where: { runId }, _count: { _all: true } });
  const n = (state: string) => groups.find((g) => g.state === state)?._count._all ?? 0;
  return { pending: n("PENDING"), done: n("DONE"), failed: n("FAILED"), skipped: n("SKIPPED") };
}

/**
 * Marks the run finished once no item is PENDING, and records the run's one audit event (its filter and
 * counts) — once per finish: the first worker to set finishedAt writes it. A "Retry failed" reopens the
 * run, and its next finish is recorded again with the new counts (`finishes` says which).
 */
export async function finishBulkRun(ctx: Ctx, runId: string, tx: Tx): Promise<boolean> {
  const counts = await countRunItems(tx, runId);
  if (counts.pending > 0) return false;
  const run = await tx.bulkRun.findFirst({
    where: { id: runId, workspaceId: ctx.workspace.id, finishedAt: null },
    select: { id: true, kind: true, filter: true, total: true, label: true, apiKeyId: true, createdById: true },
  });
  if (!run) return false;
  const { count } = await tx.bulkRun.updateMany({
    where: { id: run.id, finishedAt: null },
    data: { finishedAt: new Date(), workerUntil: null },
  });
  if (!count) return false;
  const finishes = await tx.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: RUN_EVENT[run.kind], targetId: run.id } });
  await recordAuditEvent(tx, {
    workspaceId: ctx.workspace.id,
    actorId: actorId(ctx) ?? run.createdById,
    action: RUN_EVENT[run.kind],
    targetType: "bulk_run",
    targetId: run.id,
    data: {
      filter: run.filter,
      selected: run.total,
      done: counts.done,
      failed: counts.failed,
      skipped: counts.skipped,
      finishes: finishes + 1,
      ...(run.label !== null && { label: run.label }),
      ...(run.apiKeyId && { apiKeyId: run.apiKeyId }),
    },
    ...ctx.meta,
  });
  return true;
}
