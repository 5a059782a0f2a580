import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { ImportSummary } from "./import-outcome";
import { importBatch } from "./import-batch";
import type { ImportPlan } from "./plan-import";
import { errorName, log } from "@/lib/log/logger";

// Rows per transaction. A transaction holds the whole embedded database (PGlite is one session), so
// each stays short: 250 rows take ~50 ms on an idle machine.
export const BATCH_ROWS = 250;

// PGlite runs each statement synchronously on this event loop, and a page waits for every one of
// its queries to get the database between two batches: back to back, the batches would starve it. So
// the import rests as long as each batch took, taking at most half of the server's time.
const restAsLongAs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Creates the planned clients batch by batch. Each batch is its own transaction with its own audit
// event, so whatever is stored is audited even if the import stops half-way; importing the same
// file again then finishes it (clients already registered are skipped, never overwritten).
export async function importClients(ctx: Ctx, input: { plan: ImportPlan; onProgress?: (done: number) => void }): Promise<ImportSummary> {
  allow(ctx, "clients:write");
  // Each client names the person who registered it (createdById): API keys and jobs import none.
  if (ctx.actor.kind !== "member") throw new NotAllowedError("clients:write");
  const { plan } = input;
  const workspaceId = ctx.workspace.id;
  const userId = ctx.actor.userId;
  const summary: ImportSummary = { created: 0, secrets: 0, skipped: [...plan.skipped] };
  const batches = Math.ceil(plan.clients.length / BATCH_ROWS);
  const invalid = plan.skipped.filter((s) => s.kind === "invalid").length;
  for (let b = 0; b < batches; b++) {
    const rows = plan.clients.slice(b * BATCH_ROWS, (b + 1) * BATCH_ROWS);
    const started = performance.now();
    try {
      const done = await db.$transaction(
        async (tx) => {
          const result = await importBatch(tx, ctx, { userId, rows, secrets: plan.secrets });
          await recordAuditEvent(tx, {
            workspaceId,
            actorId: actorId(ctx),
            action: "clients.imported",
            targetType: "workspace",
            targetId: workspaceId,
            data: { created: result.created, skipped: result.skipped.length, secrets: result.secrets, batch: b + 1, batches, invalid },
            ...ctx.meta,
          });
          return result;
        },
        { timeout: 60_000 },
      );
      summary.created += done.created;
      summary.secrets += done.secrets;
      summary.skipped.push(...done.skipped);
    } catch (error) {
      // No data in the log line: a Prisma error can quote the rows it was given.
      log.error(
        { batch: b + 1, batches, error: errorName(error), errorCode: (error as { code?: string }).code ?? null },
        "client import stopped",
      );
      summary.failed = true;
      break;
    }
    input.onProgress?.(Math.min((b + 1) * BATCH_ROWS, plan.clients.length));
    await restAsLongAs(performance.now() - started);
  }
  summary.skipped.sort((a, b) => a.row - b.row);
  return summary;
}
