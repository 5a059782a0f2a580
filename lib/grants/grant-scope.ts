import type { Ctx } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The actor's own grant list, when it has one: an API key limited to some grants. Null: every grant of the workspace. */
export const grantList = (ctx: Ctx): string[] | null =>
  ctx.actor.kind === "apiKey" && ctx.actor.grantIds.length ? ctx.actor.grantIds : null;

/** The grants ctx's actor may use, as a `where`: its workspace's, and for a key limited to some grants, only those. */
export function grantScope(ctx: Ctx): Prisma.GrantWhereInput {
  const ids = grantList(ctx);
  return ids ? { workspaceId: ctx.workspace.id, id: { in: ids } } : { workspaceId: ctx.workspace.id };
}

/** The actor's grant list, checked without a query (the workspace is still checked in the `where`). */
export function mayUseGrant(ctx: Ctx, grantId: string): boolean {
  const ids = grantList(ctx);
  return !ids || ids.includes(grantId);
}
