import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The workspace's active Self Clients, by name: the clients a pasted code or client_credentials grant can be for. */
export function listSelfClients(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "clients:read");
  return db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id, type: "SELF", archivedAt: null },
    select: { id: true, name: true, homeDc: true },
    orderBy: { name: "asc" },
  });
}
