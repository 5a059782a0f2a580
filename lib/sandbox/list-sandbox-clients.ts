import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

// The sandbox console's list: the actor's workspace's sandbox clients, never the secret hash.
export function listSandboxClients(ctx: Ctx, _input: object = {}) {
  allow(ctx, "clients:read");
  return db.sandboxClient.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { clientId: true, name: true, type: true, redirectUris: true, createdAt: true },
  });
}
