import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import type { BulkRunRef } from "./schemas";

export type ResumeAnswer = FormState & { resume?: boolean };

/**
 * Makes a REVOKE run ready to go on: "resume" picks up its PENDING items where a worker that died left
 * them; "retry" also puts its FAILED items back to PENDING with fresh attempts (and reopens a finished
 * run). The caller then starts processBulkRun, which refuses politely if a worker is still at it.
 */
export async function resumeBulkRun(ctx: Ctx, input: BulkRunRef, mode: "resume" | "retry"): Promise<ResumeAnswer> {
  allow(ctx, "grants:revoke");
  const run = await db.bulkRun.findFirst({
    where: { id: input.runId, workspaceId: ctx.workspace.id, kind: "REVOKE" },
    select: { id: true, workerUntil: true },
  });
  if (!run) return { message: "No such bulk run." };
  if (mode === "retry") {
    const retried = await db.$transaction(async (tx) => {
      const { count } = await tx.bulkRunItem.updateMany({
        where: { runId: run.id, state: "FAILED" },
        data: { state: "PENDING", attempts: 0, retryAt: null, leaseUntil: null, message: "Waiting (retry)" },
      });
      if (count) await tx.bulkRun.update({ where: { id: run.id }, data: { finishedAt: null } });
      return count;
    });
    if (!retried) return { message: "No grant of this run failed: there is nothing to retry." };
    return { ok: true, message: `Trying ${retried.toLocaleString("en")} failed grants again.`, resume: true };
  }
  const pending = await db.bulkRunItem.count({ where: { runId: run.id, state: "PENDING" } });
  if (!pending) return { message: "This run has finished: there is nothing to resume." };
  if (run.workerUntil && run.workerUntil > new Date()) return { ok: true, message: "The run is still going: no need to resume it." };
  return { ok: true, message: "Resumed: the console goes on with the grants left.", resume: true };
}
