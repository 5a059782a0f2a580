import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { finishCallback } from "./finish-callback";
import { guard } from "./handle-callback";
import { failCallback, recordCallback, updateCallback } from "./record-callback";

type ClientCallbackInput = { clientKey: string; params: URLSearchParams; origin: string };

// GET /oauth/callback/{clientKey}: the per-client redirect URI for flows started OUTSIDE the console.
// No state of the console's to check, so the grant is attributed to the client's owner-of-record and
// marked as coming from an external flow. ctx is only the request's meta: nobody is signed in (the
// browser is the end user's of a team's own app); the unguessable callback key names the client.
export async function handleClientCallback(
  ctx: { meta: RequestMeta },
  { clientKey, params, origin }: ClientCallbackInput,
): Promise<string> {
  const id = await recordCallback(ctx, { params });
  await guard(id, async () => {
    const client = await db.oAuthClient.findUnique({
      where: { callbackKey: clientKey },
      select: {
        id: true,
        workspaceId: true,
        zohoClientId: true,
        provider: true,
        secretCipher: true,
        createdById: true,
        archivedAt: true,
        dcSecrets: { select: { location: true, secretCipher: true } },
      },
    });
    if (!client) return failCallback(id, { outcome: "unknown_client" });
    const link = { workspaceId: client.workspaceId, clientId: client.id };
    if (client.archivedAt) return failCallback(id, { ...link, outcome: "client_archived" });
    // Linked before the exchange: a callback cut short by a crash still shows in its workspace.
    await updateCallback(db, id, { ...link, outcome: "received" });
    return finishCallback(ctx, {
      id,
      params,
      link,
      client,
      redirectUri: `${origin}/oauth/callback/${clientKey}`,
      asked: null,
      userId: client.createdById,
      via: { source: "external flow (client callback)" },
    });
  });
  return id;
}
