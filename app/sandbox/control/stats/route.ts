// GET /sandbox/control/stats?client_id=…&workspace=<slug> — what the sandbox issued for one of the
// workspace's sandbox clients (counts only). Another workspace's client is not found.
import { problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";

export const dynamic = "force-dynamic";

export const GET = sandboxConsoleEndpoint("clients:read", async (request, { workspace }) => {
  const clientId = new URL(request.url).searchParams.get("client_id")?.slice(0, 100) ?? "";
  const owned = clientId ? await db.sandboxClient.findFirst({ where: { clientId, workspaceId: workspace.id }, select: { clientId: true } }) : null;
  if (!owned) return problem("not-found", `No sandbox client with that client_id in ${workspace.slug}.`);
  const [codes, refreshTokens, activeRefreshTokens, accessTokens] = await Promise.all([
    db.sandboxCode.count({ where: { clientId } }),
    db.sandboxRefreshToken.count({ where: { clientId } }),
    db.sandboxRefreshToken.count({ where: { clientId, revokedAt: null } }),
    db.sandboxAccessToken.count({ where: { clientId } }),
  ]);
  return Response.json(
    { client_id: clientId, codes, refresh_tokens: refreshTokens, active_refresh_tokens: activeRefreshTokens, access_tokens: accessTokens },
    { headers: { "cache-control": "no-store" } },
  );
});
