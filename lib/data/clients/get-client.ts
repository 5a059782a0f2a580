import "server-only";
import { db } from "@/lib/db";

// One client of one workspace: a client of another workspace is simply not found (404).
export function getClient(workspaceId: string, id: string) {
  return db.oAuthClient.findFirst({
    where: { id, workspaceId },
    select: {
      id: true, name: true, zohoClientId: true, type: true, provider: true, environment: true, homeDc: true, enabledDcs: true,
      defaultScopes: true, notes: true, callbackKey: true, secretLast4: true, pendingSecretLast4: true, createdAt: true, updatedAt: true, archivedAt: true,
      redirectUris: { select: { uri: true }, orderBy: { uri: "asc" } },
      dcSecrets: { select: { location: true, secretLast4: true }, orderBy: { location: "asc" } },
      _count: { select: { grants: true } },
    },
  });
}
