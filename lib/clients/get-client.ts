import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { CLIENT_SUMMARY } from "@/lib/clients/client-summary-select";

// One client of the actor's workspace, for its page: another workspace's client is simply not found
// (null: the page answers 404). Last-4s only, never a cipher.
export function getClient(ctx: Ctx, input: { clientId: string }) {
  allow(ctx, "clients:read");
  return db.oAuthClient.findFirst({
    where: { id: input.clientId, workspaceId: ctx.workspace.id },
    select: {
      ...CLIENT_SUMMARY,
      defaultScopes: true,
      notes: true,
      callbackKey: true,
      secretLast4: true,
      pendingSecretLast4: true,
      createdAt: true,
      updatedAt: true,
      archivedAt: true,
      redirectUris: { select: { uri: true }, orderBy: { uri: "asc" } },
      dcSecrets: { select: { location: true, secretLast4: true }, orderBy: { location: "asc" } },
      _count: { select: { grants: true } },
    },
  });
}
