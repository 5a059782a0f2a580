import "server-only";
import { db } from "@/lib/db";
import { revokeConnectedApp } from "./revoke-connected-app";
import type { ConsoleCaller } from "./sandbox-console-endpoint";

// The control endpoint's "Connected Apps → Revoke Access", for a sandbox client of the caller's
// workspace only: null when it has none with that client_id (another workspace's is not found).
export async function revokeWorkspaceConnectedApp(caller: ConsoleCaller, input: { clientId: string; userId: string | null }) {
  const owned = await db.sandboxClient.findFirst({
    where: { clientId: input.clientId, workspaceId: caller.workspace.id },
    select: { clientId: true },
  });
  if (!owned) return null;
  return { clientId: owned.clientId, revoked: await revokeConnectedApp(owned.clientId, input.userId) };
}
