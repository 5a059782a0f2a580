import "server-only";
import { db } from "@/lib/db";

// The sandbox console's list: one workspace's sandbox clients, never the secret hash.
export function listSandboxClients(workspaceId: string) {
  return db.sandboxClient.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { clientId: true, name: true, type: true, redirectUris: true, createdAt: true },
  });
}
