import "server-only";
import { db } from "@/lib/db";
import type { ConsoleCaller } from "./sandbox-console-endpoint";

// What the sandbox issued for one of the caller's workspace's sandbox clients (counts only); null when
// the workspace has no such client (another workspace's is not found).
export async function sandboxClientStats(caller: ConsoleCaller, input: { clientId: string }) {
  const { clientId } = input;
  const owned = clientId
    ? await db.sandboxClient.findFirst({ where: { clientId, workspaceId: caller.workspace.id }, select: { clientId: true } })
    : null;
  if (!owned) return null;
  const [codes, refreshTokens, activeRefreshTokens, accessTokens] = await Promise.all([
    db.sandboxCode.count({ where: { clientId } }),
    db.sandboxRefreshToken.count({ where: { clientId } }),
    db.sandboxRefreshToken.count({ where: { clientId, revokedAt: null } }),
    db.sandboxAccessToken.count({ where: { clientId } }),
  ]);
  return { codes, refreshTokens, activeRefreshTokens, accessTokens };
}
