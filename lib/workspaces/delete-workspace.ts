import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { evictTokenCache } from "@/lib/token-cache/evict-token-cache";
import type { DeleteWorkspaceInput } from "./schemas";
import { log } from "@/lib/log/logger";

// Deletes the workspace with everything in it (clients, grants, callbacks, audit). The owner confirms
// by typing the slug. The audit trail goes with it, so the deletion is logged to the server log.
export async function deleteWorkspace(ctx: Ctx, { confirmSlug }: DeleteWorkspaceInput): Promise<FormState> {
  allow(ctx, "workspace:delete");
  if (confirmSlug !== ctx.workspace.slug) return { fieldErrors: { confirmSlug: [`Type ${ctx.workspace.slug} to confirm`] } };
  await db.$transaction(async (tx) => {
    // The one other place audit events may go (see the append-only trigger): with their workspace.
    await tx.$executeRaw`SELECT set_config('audit.drop', 'on', true)`;
    await tx.workspace.delete({ where: { id: ctx.workspace.id } });
  });
  await evictTokenCache({ workspaceIds: [ctx.workspace.id] });
  log.warn(
    { workspaceId: ctx.workspace.id, workspace: ctx.workspace.slug, actor: ctx.actor.kind, userId: actorId(ctx) },
    "workspace deleted",
  );
  return { ok: true };
}
