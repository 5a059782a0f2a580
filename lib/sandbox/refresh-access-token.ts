import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { TOO_MANY_REQUESTS, zohoError, zohoJson } from "./answers";
import { authenticateClient } from "./authenticate-client";
import { issueAccessToken } from "./issue-tokens";
import { ACCESS_TOKEN_TTL_S, MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN_PER_WINDOW, WINDOW_MS } from "./limits";

// grant_type=refresh_token: a new access token, never a new refresh token.
export async function refreshAccessToken(location: string, params: URLSearchParams, apiDomain: string, ttlSeconds = ACCESS_TOKEN_TTL_S): Promise<Response> {
  const refreshToken = params.get("refresh_token");
  if (!refreshToken) return zohoError("invalid_request", 200, "refresh_token is missing");
  const client = await authenticateClient(params);
  if ("error" in client) return zohoError(client.error, 200, client.description);

  const tokenHash = sha256Hex(refreshToken);
  const row = await db.sandboxRefreshToken.findUnique({ where: { tokenHash } });
  // Revoked, evicted by the 20-token cap, or never issued: Zoho says invalid_code for all three.
  if (!row || row.clientId !== client.clientId || row.revokedAt) return zohoError("invalid_code");
  if (row.location !== location) return zohoError("invalid_client");

  const access = await db.$transaction(async (tx) => {
    const recent = await tx.sandboxAccessToken.count({ where: { refreshTokenHash: tokenHash, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } } });
    if (recent >= MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN_PER_WINDOW) return null;
    return issueAccessToken(tx, { clientId: row.clientId, userId: row.userId, location: row.location, scopes: row.scopes }, tokenHash, ttlSeconds);
  });
  if (!access) return zohoJson(TOO_MANY_REQUESTS, 400);
  return zohoJson({ access_token: access, scope: row.scopes.join(" "), api_domain: apiDomain, token_type: "Bearer", expires_in: ttlSeconds });
}
