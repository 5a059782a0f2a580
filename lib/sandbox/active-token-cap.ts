import "server-only";
import { db } from "@/lib/db";
import { MAX_ACTIVE_ACCESS_TOKENS_PER_REFRESH_TOKEN } from "./limits";

/** How many active access tokens the sandbox keeps per refresh token of a client: its workspace's setting. */
export async function activeTokenCapForClient(clientId: string): Promise<number> {
  const client = await db.sandboxClient.findUnique({
    where: { clientId },
    select: { workspace: { select: { limitActiveAccessTokens: true } } },
  });
  return client?.workspace?.limitActiveAccessTokens ?? MAX_ACTIVE_ACCESS_TOKENS_PER_REFRESH_TOKEN;
}
