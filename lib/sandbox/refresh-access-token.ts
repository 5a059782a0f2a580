import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { rateLimitAnswer, zohoError, zohoJson } from "./answers";
import { activeTokenCapForClient } from "./active-token-cap";
import { authenticateClient } from "./authenticate-client";
import type { Faults } from "./faults";
import { evictOldestAccessTokens, issueAccessToken } from "./issue-tokens";
import { WINDOW_MS } from "./limits";

// grant_type=refresh_token: a new access token, never a new refresh token. At most
// `accessTokensPerWindow` per refresh token per 10 minutes (Zoho: 10), then the throttle answer; at
// most the workspace's number of active ones (Zoho CRM: 15), the oldest evicted past it.
export async function refreshAccessToken(
  location: string,
  params: URLSearchParams,
  apiDomain: string,
  faults: Pick<Faults, "accessTokenTtlSeconds" | "accessTokensPerWindow" | "rateLimitLocale">,
): Promise<Response> {
  const refreshToken = params.get("refresh_token");
  if (!refreshToken) return zohoError("invalid_request", 200, "refresh_token is missing");
  const client = await authenticateClient(params);
  if ("error" in client) return zohoError(client.error, 200, client.description);

  const tokenHash = sha256Hex(refreshToken);
  const row = await db.sandboxRefreshToken.findUnique({ where: { tokenHash } });
  // Revoked, evicted by the 20-token cap, or never issued: Zoho says invalid_code for all three.
  if (!row || row.clientId !== client.clientId || row.revokedAt) return zohoError("invalid_code");
  if (row.location !== location) return zohoError("invalid_client");

  const cap = await activeTokenCapForClient(row.clientId);
  const access = await db.$transaction(async (tx) => {
    const recent = await tx.sandboxAccessToken.count({
      where: { refreshTokenHash: tokenHash, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } },
    });
    if (recent >= faults.accessTokensPerWindow) return null;
    const token = await issueAccessToken(
      tx,
      { clientId: row.clientId, userId: row.userId, location: row.location, scopes: row.scopes },
      tokenHash,
      faults.accessTokenTtlSeconds,
    );
    await evictOldestAccessTokens(tx, tokenHash, cap);
    return token;
  });
  if (!access) return rateLimitAnswer(faults.rateLimitLocale);
  return zohoJson({
    access_token: access,
    scope: row.scopes.join(" "),
    api_domain: apiDomain,
    token_type: "Bearer",
    expires_in: faults.accessTokenTtlSeconds,
  });
}
