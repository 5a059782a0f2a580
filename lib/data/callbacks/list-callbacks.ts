import "server-only";
import { db } from "@/lib/db";

export function listCallbacks(workspaceId: string) {
  return db.callbackEvent.findMany({
    where: { workspaceId },
    orderBy: { receivedAt: "desc" },
    take: 100,
    select: { id: true, receivedAt: true, outcome: true, error: true, location: true, accountsServer: true, latencyMs: true, diagnosis: true, clientId: true },
  });
}
