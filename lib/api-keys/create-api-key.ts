import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { newApiKey } from "./key-format";
import type { ApiKeyInput } from "./schemas";

/** The form's state, with the new key once: it is shown in this answer only (the console keeps its prefix and hash). */
export type ApiKeyState = FormState & { key?: string; name?: string };

/** A key for the team's services, for all the workspace's grants or only some. */
export async function createApiKey(ctx: Ctx, input: ApiKeyInput): Promise<ApiKeyState> {
  allow(ctx, "apikeys:manage");
  // A key names the person who created it (the settings page shows them): jobs and keys make none.
  const creator = actorId(ctx);
  if (!creator) throw new NotAllowedError("apikeys:manage");
  const { name, grantIds, expiresAt } = input;
  const { key, prefix, hash } = newApiKey();
  const created = await db.$transaction(async (tx) => {
    // Every picked grant must be one of this workspace's; a stale or foreign id refuses the whole key.
    const found = grantIds.length ? await tx.grant.count({ where: { workspaceId: ctx.workspace.id, id: { in: grantIds } } }) : 0;
    if (found !== grantIds.length) return false;
    const row = await tx.apiKey.create({
      data: { workspaceId: ctx.workspace.id, name, prefix, hash, grantIds, expiresAt, createdById: creator },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: creator,
      action: "apikey.created",
      targetType: "api_key",
      targetId: row.id,
      data: {
        name,
        prefix,
        scope: grantIds.length ? "grants" : "all",
        grantCount: grantIds.length,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
      ...ctx.meta,
    });
    return true;
  });
  if (!created)
    return {
      message: "Please correct the highlighted fields.",
      fieldErrors: { grantIds: ["Some of these grants are not in this workspace any more; reload and pick again"] },
    };
  return { ok: true, message: `API key “${name}” created.`, key, name };
}
