import "server-only";
import { db } from "@/lib/db";

// Everything a refresh needs, secrets included (the only reader of refresh and access ciphertexts).
export function loadGrantForRefresh(grantId: string) {
  return db.grant.findUnique({
    where: { id: grantId },
    select: {
      id: true, workspaceId: true, clientId: true, status: true, location: true, accountsServer: true, apiDomain: true, zohoUserId: true,
      refreshCipher: true, accessCipher: true, accessExpiresAt: true, refreshLeaseUntil: true, refreshLeaseId: true, lastRefreshAt: true, createdAt: true, flow: true, soid: true, scopes: true, orgWide: true,
      client: { select: { zohoClientId: true, secretCipher: true, dcSecrets: { select: { location: true, secretCipher: true } } } },
      workspace: { select: { limitAccessTokensPerWindow: true, limitRefreshTokensPerUser: true } },
    },
  });
}
export type GrantForRefresh = NonNullable<Awaited<ReturnType<typeof loadGrantForRefresh>>>;
