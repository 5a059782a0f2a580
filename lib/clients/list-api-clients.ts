import "server-only";
import { page } from "@/lib/api/with-api-key";
import type { PageQuery } from "@/lib/api/schemas";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantList, grantScope } from "@/lib/grants/grant-scope";

// Configuration only: no secret, ciphertext or last-4 is selected.
const select = {
  id: true,
  name: true,
  zohoClientId: true,
  type: true,
  environment: true,
  homeDc: true,
  enabledDcs: true,
  archivedAt: true,
  redirectUris: { select: { uri: true }, orderBy: { uri: "asc" } },
} satisfies Prisma.OAuthClientSelect;
type Row = Prisma.OAuthClientGetPayload<{ select: typeof select }>;

export const toApiClient = (c: Row) => ({
  id: c.id,
  name: c.name,
  zoho_client_id: c.zohoClientId,
  type: c.type,
  environment: c.environment,
  home_dc: c.homeDc,
  enabled_dcs: c.enabledDcs,
  redirect_uris: c.redirectUris.map((r) => r.uri),
  archived: c.archivedAt !== null,
});

/** A page of the workspace's clients (the token API's list); a key limited to some grants sees only the clients of those grants. */
export async function listApiClients(ctx: Ctx, query: PageQuery) {
  allow(ctx, "clients:read");
  const rows = await db.oAuthClient.findMany({
    where: {
      workspaceId: ctx.workspace.id,
      grants: grantList(ctx) ? { some: grantScope(ctx) } : undefined,
      id: query.cursor ? { gt: query.cursor } : undefined,
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select,
  });
  return page(rows, query.limit, toApiClient);
}
