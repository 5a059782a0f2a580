// GET /sandbox/control/stats?client_id=… — what the sandbox issued for a client (counts only)
import { db } from "@/lib/db";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint("json", async (request) => {
  const clientId = new URL(request.url).searchParams.get("client_id") ?? "";
  const [codes, refreshTokens, activeRefreshTokens, accessTokens] = await Promise.all([
    db.sandboxCode.count({ where: { clientId } }),
    db.sandboxRefreshToken.count({ where: { clientId } }),
    db.sandboxRefreshToken.count({ where: { clientId, revokedAt: null } }),
    db.sandboxAccessToken.count({ where: { clientId } }),
  ]);
  return Response.json({ client_id: clientId, codes, refresh_tokens: refreshTokens, active_refresh_tokens: activeRefreshTokens, access_tokens: accessTokens });
});
