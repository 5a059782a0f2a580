import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { page } from "@/lib/api/with-api-key";
import type { GrantsQuery } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantList, grantScope } from "./grant-scope";

// Metadata only: the select names every column, so no token or ciphertext can reach the answer.
const select = {
  id: true,
  label: true,
  location: true,
  accountsServer: true,
  apiDomain: true,
  scopes: true,
  zohoUserId: true,
  zohoUserEmail: true,
  status: true,
  createdAt: true,
  lastRefreshAt: true,
  accessExpiresAt: true,
  refreshLast4: true,
  orgWide: true,
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

/** A page of the grants the actor may use (the token API's list), or null when the client filter names a client it cannot see. */
export async function listApiGrants(ctx: Ctx, query: GrantsQuery) {
  allow(ctx, "grants:read");
  const scope = grantScope(ctx);
  if (query.client) {
    const client = await db.oAuthClient.findFirst({
      where: { id: query.client, workspaceId: ctx.workspace.id, grants: grantList(ctx) ? { some: scope } : undefined },
      select: { id: true },
    });
    if (!client) return null;
  }
  const user = query.zohoUser;
  const rows = await db.grant.findMany({
    where: {
      AND: [
        scope,
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
