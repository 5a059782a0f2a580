import "server-only";
import { db } from "@/lib/db";
import { finishCallback } from "./finish-callback";
import { guard } from "./handle-callback";
import { recordCallback, updateCallback } from "./record-callback";

type ClientCallbackInput = {
  clientKey: string;
  params: URLSearchParams;
  origin: string;
  meta: { ip: string | null; userAgent: string | null };
};

// GET /oauth/callback/{clientKey}: the per-client redirect URI for flows started OUTSIDE the console.
// No state of the console's to check, so the grant is attributed to the client's owner-of-record and
// marked as coming from an external flow.
export async function handleClientCallback({ clientKey, params, origin, meta }: ClientCallbackInput): Promise<string> {
  const id = await recordCallback(params, meta);
  await guard(id, async () => {
    const client = await db.oAuthClient.findUnique({
      where: { callbackKey: clientKey },
      select: { id: true, workspaceId: true, zohoClientId: true, provider: true, secretCipher: true, createdById: true, archivedAt: true, dcSecrets: { select: { location: true, secretCipher: true } } },
    });
    if (!client) return updateCallback(id, { outcome: "unknown_client" });
    const link = { workspaceId: client.workspaceId, clientId: client.id };
    if (client.archivedAt) return updateCallback(id, { ...link, outcome: "client_archived" });
    // Linked before the exchange: a callback cut short by a crash still shows in its workspace.
    await updateCallback(id, { ...link, outcome: "received" });
    return finishCallback({
      id, params, link, client, redirectUri: `${origin}/oauth/callback/${clientKey}`, asked: null,
      userId: client.createdById, via: { source: "external flow (client callback)" }, meta,
    });
  });
  return id;
}
