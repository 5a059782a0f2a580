import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db";
import type { GrantFlow } from "@/lib/generated/prisma/enums";
import type { AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import { emitNearCap } from "@/lib/webhooks/emit-near-cap";
import type { TokenSuccess } from "@/lib/zoho/normalise-token-answer";

export type NewGrant = {
  workspaceId: string;
  clientId: string;
  userId: string;
  server: AllowedAccountsServer;
  tokens: TokenSuccess;
  requestedScopes: string[];
  apiDomain: string;
  zohoUser: { zohoUserId: string; email: string | null } | null;
  via: Record<string, string>;
  /** Set for a Self Client's client_credentials grant (renewed with soid, or "" for apps needing none). */
  soid?: string;
  /** Org-wide admin consent (/oauth/v2/org/auth): the organization's grant, not the user's. */
  orgWide?: boolean;
  /** "device": obtained by a Non-browser client's device flow (renewed with its refresh token, like any other). */
  flow?: Extract<GrantFlow, "device">;
  meta: { ip: string | null; userAgent: string | null };
};

// Stores what a code exchange returned — refresh token encrypted, last 4 kept for display — its audit
// event, and the grant.near_cap alert when it brings its Zoho user to the warning threshold, in the
// caller's transaction.
export async function createGrant(tx: Tx, g: NewGrant) {
  const scopes = g.tokens.scopes ?? g.requestedScopes;
  const refresh = g.tokens.refreshToken;
  const grant = await tx.grant.create({
    data: {
      workspaceId: g.workspaceId,
      clientId: g.clientId,
      location: g.server.location,
      accountsServer: g.server.url,
      apiDomain: g.apiDomain,
      scopes,
      createdById: g.userId,
      refreshCipher: refresh ? seal(refresh) : null,
      refreshLast4: refresh ? last4(refresh) : null,
      zohoUserId: g.zohoUser?.zohoUserId ?? null,
      zohoUserEmail: g.zohoUser?.email?.toLowerCase() ?? null,
      // The exchange's access token is a real one: cache it rather than spend a refresh.
      accessCipher: seal(g.tokens.accessToken),
      accessExpiresAt: new Date(Date.now() + g.tokens.expiresInSeconds * 1000),
      ...(g.flow && { flow: g.flow }),
      ...(g.soid !== undefined && { flow: "client_credentials", soid: g.soid || null }),
      orgWide: g.orgWide ?? false,
    },
    select: { id: true, workspaceId: true, clientId: true, zohoUserId: true, orgWide: true },
  });
  await recordAuditEvent(tx, {
    workspaceId: g.workspaceId,
    actorId: g.userId,
    action: "grant.created",
    targetType: "grant",
    targetId: grant.id,
    data: {
      clientId: g.clientId,
      location: g.server.location,
      accountsServer: g.server.url,
      scopes,
      refreshTokenLast4: refresh ? last4(refresh) : null,
      ...(g.orgWide && { orgWide: true }),
      ...g.via,
    },
    ...g.meta,
  });
  await emitNearCap(tx, grant);
  return grant;
}
