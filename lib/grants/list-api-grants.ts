import "server-only";
import type { ApiCaller } from "@/lib/api-keys/authenticate-api-key";
import { page } from "@/lib/api/with-api-key";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GrantsQuery } from "@/lib/schemas/api-query";

// Metadata only: the select names every column, so no token or ciphertext can reach the answer.
const select = {
  id: true, label: true, location: true, accountsServer: true, apiDomain: true, scopes: true, zohoUserId: true, zohoUserEmail: true,
  status: true, createdAt: true, lastRefreshAt: true, accessExpiresAt: true, refreshLast4: true, orgWide: true,
  client: { select: { id: true, name: true, environment: true } },
} satisfies Prisma.GrantSelect;
type Row = Prisma.GrantGetPayload<{ select: typeof select }>;

export const toApiGrant = (g: Row) => ({
  id: g.id,
  label: g.label,
  client: g.client,
  location: g.location,
  accounts_server: g.accountsServer,
  api_domain: g.apiDomain,
  scopes: g.scopes,
  zoho_user: { id: g.zohoUserId, email: g.zohoUserEmail },
  org_wide: g.orgWide,
  status: g.status,
  created_at: g.createdAt.toISOString(),
  last_refresh_at: g.lastRefreshAt?.toISOString() ?? null,
  access_token_expires_at: g.accessExpiresAt?.toISOString() ?? null,
  refresh_token_last4: g.refreshLast4,
});

// What a key may see: its workspace, and within it all grants or only the key's own.
export const grantScope = (caller: ApiCaller): Prisma.GrantWhereInput =>
  caller.grantIds.length ? { workspaceId: caller.workspaceId, id: { in: caller.grantIds } } : { workspaceId: caller.workspaceId };

// A page of the key's grants, or null when the client filter names a client the key cannot see.
export async function listApiGrants(caller: ApiCaller, query: GrantsQuery) {
  if (query.client) {
    const client = await db.oAuthClient.findFirst({ where: { id: query.client, workspaceId: caller.workspaceId, grants: caller.grantIds.length ? { some: grantScope(caller) } : undefined }, select: { id: true } });
    if (!client) return null;
  }
  const user = query.zohoUser;
  const rows = await db.grant.findMany({
    where: {
      AND: [
        grantScope(caller),
        { clientId: query.client, location: query.location, status: query.status },
        user ? (user.includes("@") ? { zohoUserEmail: user.toLowerCase() } : { zohoUserId: user }) : {},
        query.cursor ? { id: { gt: query.cursor } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select,
  });
  return page(rows, query.limit, toApiGrant);
}
