import "server-only";
import { actorId, allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { grantSelectionFromQuery } from "@/lib/grants/grant-selection";
import { revokeConfirmation, type BulkRevokeInput } from "./schemas";
import { RUN_LEASE_MS } from "./process-bulk-run";
import { createRunItems, selectBulkGrants } from "./select-bulk-grants";

export type StartedRun = FormState & { runId?: string; lease?: Date };

/**
 * Freezes the selection as a REVOKE run: every active grant the filter selects becomes a PENDING item,
 * the others SKIPPED (only active grants are revoked). The typed confirmation must name the number of
 * grants to revoke now ("revoke 108"), so a selection that changed since the preview is not revoked
 * blind. Nothing is revoked here: processBulkRun works through the items.
 */
export async function startBulkRevoke(ctx: Ctx, input: BulkRevokeInput): Promise<StartedRun> {
  allow(ctx, "grants:revoke");
  const creator = actorId(ctx);
  if (!creator) throw new NotAllowedError("grants:revoke");
  const filter = grantSelectionFromQuery(input.filter);
  return db.$transaction(async (tx) => {
    const grants = await selectBulkGrants(ctx, filter, tx);
    const active = grants.filter((g) => g.status === "ACTIVE").length;
    if (active === 0) return { message: "None of the selected grants is active: there is nothing to revoke." };
    const expected = revokeConfirmation(active);
    if (input.confirm.replace(/\s+/g, " ").toLowerCase() !== expected)
      return {
        message: "Please correct the highlighted fields.",
        fieldErrors: { confirm: [`Type “${expected}” to confirm (${active.toLocaleString("en")} active grants match the filter now)`] },
      };
    const lease = new Date(Date.now() + RUN_LEASE_MS);
    const run = await tx.bulkRun.create({
      data: {
        workspaceId: ctx.workspace.id,
        kind: "REVOKE",
        filter: JSON.stringify(filter),
        createdById: creator,
        total: grants.length,
        workerUntil: lease,
      },
      select: { id: true },
    });
    await createRunItems(
      tx,
      run.id,
      grants.map((g) =>
        g.status === "ACTIVE"
          ? { grantId: g.id, state: "PENDING" as const, message: "Waiting" }
          : { grantId: g.id, state: "SKIPPED" as const, message: `Not active (${g.status.toLowerCase()}): left as it is` },
      ),
    );
    return { ok: true, message: `Revoking ${active.toLocaleString("en")} grants.`, runId: run.id, lease };
  });
}
