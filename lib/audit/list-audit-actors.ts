import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** Who may appear as an event's actor: the members (for the filter and the Who column) and the API keys, by id. */
export async function listAuditActors(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "audit:read");
  const [members, keys] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: ctx.workspace.id },
      orderBy: { createdAt: "asc" },
      select: { user: { select: { id: true, email: true } } },
    }),
    db.apiKey.findMany({ where: { workspaceId: ctx.workspace.id }, select: { id: true, name: true } }),
  ]);
  return { people: members.map((m) => m.user), keyNames: new Map(keys.map((k) => [k.id, k.name])) };
}
