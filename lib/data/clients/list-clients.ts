import "server-only";
import { db } from "@/lib/db";

export function listClients(workspaceId: string) {
  return db.oAuthClient.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, name: true, zohoClientId: true, type: true, provider: true, environment: true, homeDc: true,
      secretLast4: true, createdAt: true, archivedAt: true,
      redirectUris: { select: { uri: true }, orderBy: { uri: "asc" } },
      _count: { select: { grants: true } },
    },
  });
}
