import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

// The workspace's clients by name, archived ones too (their callbacks stay): the callbacks page's filter.
export async function listCallbackClients(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "callbacks:read");
  return db.oAuthClient.findMany({ where: { workspaceId: ctx.workspace.id }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
