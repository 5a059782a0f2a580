import "server-only";
import { db } from "@/lib/db";

// The sandbox console's list: never the secret hash.
export function listSandboxClients() {
  return db.sandboxClient.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { clientId: true, name: true, redirectUris: true, createdAt: true },
  });
}
