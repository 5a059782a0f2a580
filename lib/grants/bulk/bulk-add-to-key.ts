import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { evictTokenCache } from "@/lib/token-cache/evict-token-cache";
import { grantSelectionFromQuery } from "@/lib/grants/grant-selection";
import type { BulkAddToKeyInput } from "./schemas";
import { createRunItems, selectBulkGrants } from "./select-bulk-grants";
import type { StartedRun } from "./start-bulk-revoke";

// As many grants as the API key form lets a key list (lib/api-keys/schemas.ts): beyond, "all grants" is the answer.
export const MAX_KEY_GRANTS = 500;

/**
 * Adds the selection's active grants to an API key's grant list (a union: nothing is taken off). A key
 * with an empty list already serves every grant of the workspace; adding to it would narrow it to these
 * grants, so that is refused. Revoked and invalid grants are skipped (a key has no use for them), and
 * so are grants already on the list. One transaction, one audit event (`grants.bulk_added_to_key`).
 */
export async function bulkAddToKey(ctx: Ctx, input: BulkAddToKeyInput): Promise<StartedRun> {
  allow(ctx, "apikeys:manage");
  const creator = actorId(ctx);
  if (!creator) throw new NotAllowedError("apikeys:manage");
  const filter = grantSelectionFromQuery(input.filter);
  const refused = (message: string) => ({ message: "Please correct the highlighted fields.", fieldErrors: { keyId: [message] } });
  const started: StartedRun = await db.$transaction(async (tx) => {
    // Locked, so two runs adding to one key at once both land.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "ApiKey" WHERE "id" = ${input.keyId} AND "workspaceId" = ${ctx.workspace.id} AND "revokedAt" IS NULL FOR UPDATE`;
    const key = locked.length
      ? await tx.apiKey.findUnique({ where: { id: locked[0].id }, select: { id: true, name: true, grantIds: true } })
      : null;
    if (!key) return refused("Pick an API key of this workspace that is not revoked");
    if (key.grantIds.length === 0)
      return refused(
        `“${key.name}” already serves every grant of the workspace (its list is empty, which means all); adding these would narrow it to them. Nothing changed.`,
      );
    const grants = await selectBulkGrants(ctx, filter, tx);
    const held = new Set(key.grantIds);
    const added = grants.filter((g) => g.status === "ACTIVE" && !held.has(g.id)).map((g) => g.id);
    if (added.length === 0)
      return refused(`Nothing to add: every active grant of the selection is on “${key.name}” already, or none is active.`);
    if (key.grantIds.length + added.length > MAX_KEY_GRANTS)
      return refused(
        `“${key.name}” would list ${(key.grantIds.length + added.length).toLocaleString("en")} grants; a key lists at most ${MAX_KEY_GRANTS}. Narrow the filter, or give the key all grants on the API keys page.`,
      );
    await tx.apiKey.update({ where: { id: key.id }, data: { grantIds: [...key.grantIds, ...added] } });
    const run = await tx.bulkRun.create({
      data: {
        workspaceId: ctx.workspace.id,
        kind: "ADD_TO_KEY",
        filter: JSON.stringify(filter),
        apiKeyId: key.id,
        createdById: creator,
        total: grants.length,
        finishedAt: new Date(),
      },
      select: { id: true },
    });
    const addedSet = new Set(added);
    await createRunItems(
      tx,
      run.id,
      grants.map((g) =>
        addedSet.has(g.id)
          ? { grantId: g.id, state: "DONE" as const, message: `Added to “${key.name}”` }
          : {
              grantId: g.id,
              state: "SKIPPED" as const,
              message: held.has(g.id) ? "Already on the key's list" : `Not active (${g.status.toLowerCase()})`,
            },
      ),
    );
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: creator,
      action: "grants.bulk_added_to_key",
      targetType: "api_key",
      targetId: key.id,
      data: {
        runId: run.id,
        keyName: key.name,
        filter: JSON.stringify(filter),
        selected: grants.length,
        done: added.length,
        failed: 0,
        skipped: grants.length - added.length,
        grantCount: key.grantIds.length + added.length,
      },
      ...ctx.meta,
    });
    return { ok: true, message: `Added ${added.length.toLocaleString("en")} grants to “${key.name}”.`, runId: run.id };
  });
  // The key's cached grant list is the old one: evicted everywhere, the next request reads the new list.
  if (started.ok) await evictTokenCache({ keyIds: [input.keyId] });
  return started;
}
