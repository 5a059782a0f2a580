import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { mayUseGrant } from "./grant-scope";

// Everything a refresh needs, secrets included (the only reader of refresh and access ciphertexts), for
// one grant the actor may use: one unique lookup, the token API's only read of the grant. Not a service:
// getAccessToken checks the permission; this keeps the scope (workspace, and the key's grant list).
export async function loadGrantForRefresh(ctx: Ctx, input: { grantId: string }) {
  if (!mayUseGrant(ctx, input.grantId)) return null;
  return db.grant.findUnique({
    where: { id: input.grantId, workspaceId: ctx.workspace.id },
    select: {
      id: true,
      workspaceId: true,
      clientId: true,
      status: true,
      location: true,
      accountsServer: true,
      apiDomain: true,
      zohoUserId: true,
      refreshCipher: true,
      accessCipher: true,
      accessExpiresAt: true,
      refreshLease: true,
      refreshLeaseUntil: true,
      lastRefreshAt: true,
      createdAt: true,
      flow: true,
      soid: true,
      scopes: true,
      orgWide: true,
      client: {
        select: { zohoClientId: true, provider: true, secretCipher: true, dcSecrets: { select: { location: true, secretCipher: true } } },
      },
      workspace: { select: { limitAccessTokensPerWindow: true, limitRefreshTokensPerUser: true } },
    },
  });
}
export type GrantForRefresh = NonNullable<Awaited<ReturnType<typeof loadGrantForRefresh>>>;
