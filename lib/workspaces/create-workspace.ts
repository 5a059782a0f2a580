import "server-only";
import type { UserCtx } from "@/lib/account/user-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { WorkspaceNameInput } from "./schemas";
import { uniqueSlug } from "./unique-slug";

// Any signed-in person may start a workspace and becomes its owner (no workspace yet: ctx is the user).
// Returns the new workspace's slug.
export async function createWorkspace(ctx: UserCtx, { name }: WorkspaceNameInput): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('workspace-slugs'))`;
    const workspace = await tx.workspace.create({
      data: { name, slug: await uniqueSlug(tx, name), memberships: { create: { userId: ctx.user.id, role: "OWNER" } } },
    });
    await recordAuditEvent(tx, {
      workspaceId: workspace.id,
      actorId: ctx.user.id,
      action: "workspace.created",
      targetType: "workspace",
      targetId: workspace.id,
      data: { name: workspace.name },
      ...ctx.meta,
    });
    return workspace.slug;
  });
}
