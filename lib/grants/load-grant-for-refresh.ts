import "server-only";
import { db } from "@/lib/db";

// Everything a refresh needs, secrets included (the only reader of refresh and access ciphertexts), for
// one grant of one workspace: one unique lookup, the token API's only read of the grant.
export function loadGrantForRefresh(workspaceId: string, grantId: string) {
  return db.grant.findUnique({
    where: { id: grantId, workspaceId },
    select: {
      id: true, workspaceId: true, clientId: true, status: true, location: true, accountsServer: true, apiDomain: true, zohoUserId: true,
      refreshCipher: true, accessCipher: true, accessExpiresAt: true, refreshLease: true, refreshLeaseUntil: true, lastRefreshAt: true, createdAt: true,
      flow: true, soid: true, scopes: true, orgWide: true,
      client: { select: { zohoClientId: true, provider: true, secretCipher: true, dcSecrets: { select: { location: true, secretCipher: true } } } },
      workspace: { select: { limitAccessTokensPerWindow: true, limitRefreshTokensPerUser: true } },
    },
  });
}
export type GrantForRefresh = NonNullable<Awaited<ReturnType<typeof loadGrantForRefresh>>>;
