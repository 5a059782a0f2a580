import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { evictTokenCache } from "@/lib/token-cache/evict-token-cache";
import type { WorkspaceNameInput } from "./schemas";

// Renames keep the slug, so every link and bookmark keeps working.
export async function renameWorkspace(ctx: Ctx, { name }: WorkspaceNameInput): Promise<FormState> {
  allow(ctx, "workspace:manage");
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: ctx.workspace.id }, data: { name } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "workspace.renamed",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      data: { from: ctx.workspace.name, to: name },
      ...ctx.meta,
    });
  });
  // API keys cached with the old name (their context names the workspace).
  await evictTokenCache({ workspaceIds: [ctx.workspace.id] });
  return { ok: true, message: "Workspace renamed.", values: { name } };
}
