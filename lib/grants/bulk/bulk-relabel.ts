import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { grantSelectionFromQuery } from "@/lib/grants/grant-selection";
import type { BulkRelabelInput } from "./schemas";
import { chunks, createRunItems, selectBulkGrants } from "./select-bulk-grants";
import type { StartedRun } from "./start-bulk-revoke";

/**
 * Sets one label on every selected grant (the single relabel's rules: trimmed, at most 80 characters,
 * empty clears it), in one transaction with the run and its items. Audited as ONE event, the run's
 * (`grants.bulk_relabelled` with the filter, the label and counts), not one `grant.relabelled` per grant:
 * a label is a note for people with no effect at Zoho or on the token API, and the run's items keep
 * exactly which grants changed — 100,000 audit rows would bury the trail for a note.
 */
export async function bulkRelabel(ctx: Ctx, input: BulkRelabelInput): Promise<StartedRun> {
  allow(ctx, "grants:label");
  const creator = actorId(ctx);
  if (!creator) throw new NotAllowedError("grants:label");
  const filter = grantSelectionFromQuery(input.filter);
  const { label } = input;
  return db.$transaction(async (tx) => {
    const grants = await selectBulkGrants(ctx, filter, tx);
    if (grants.length === 0) return { message: "No grant matches the filter: nothing to relabel." };
    const changed = grants.filter((g) => g.label !== label).map((g) => g.id);
    const run = await tx.bulkRun.create({
      data: {
        workspaceId: ctx.workspace.id,
        kind: "RELABEL",
        filter: JSON.stringify(filter),
        label,
        createdById: creator,
        total: grants.length,
        finishedAt: new Date(),
      },
      select: { id: true },
    });
    await createRunItems(
      tx,
      run.id,
      grants.map((g) =>
        g.label === label
          ? { grantId: g.id, state: "SKIPPED" as const, message: "Already had this label" }
          : { grantId: g.id, state: "DONE" as const, message: label ? `Label was “${g.label}”` : `Label “${g.label}” cleared` },
      ),
    );
    for (const ids of chunks(changed))
      await tx.grant.updateMany({ where: { workspaceId: ctx.workspace.id, id: { in: ids } }, data: { label } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: creator,
      action: "grants.bulk_relabelled",
      targetType: "bulk_run",
      targetId: run.id,
      data: {
        filter: JSON.stringify(filter),
        label,
        selected: grants.length,
        done: changed.length,
        failed: 0,
        skipped: grants.length - changed.length,
      },
      ...ctx.meta,
    });
    const n = changed.length.toLocaleString("en");
    return { ok: true, message: label ? `Labelled ${n} grants “${label}”.` : `Cleared the label of ${n} grants.`, runId: run.id };
  });
}
