import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** Which of these sandbox client ids the workspace has as console clients: sandbox client id → its console client. */
export async function listConsoleRegistrations(ctx: Ctx, { clientIds }: { clientIds: string[] }) {
  allow(ctx, "clients:read");
  const rows = await db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id, provider: "SANDBOX", zohoClientId: { in: clientIds } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, zohoClientId: true, archivedAt: true },
  });
  const byId = new Map<string, { id: string; name: string; archived: boolean }>();
  for (const r of rows) if (!byId.has(r.zohoClientId)) byId.set(r.zohoClientId, { id: r.id, name: r.name, archived: !!r.archivedAt });
  return byId;
}
