import "server-only";
import type { ApiCaller } from "@/lib/api-keys/authenticate-api-key";
import { page } from "@/lib/api/with-api-key";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PageQuery } from "@/lib/schemas/api-query";
import { grantScope } from "./list-api-grants";

// Configuration only: no secret, ciphertext or last-4 is selected.
const select = {
  id: true, name: true, zohoClientId: true, type: true, environment: true, homeDc: true, enabledDcs: true, archivedAt: true,
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

// The workspace's clients; a key limited to some grants sees only the clients of those grants.
export async function listApiClients(caller: ApiCaller, query: PageQuery) {
  const rows = await db.oAuthClient.findMany({
    where: {
      workspaceId: caller.workspaceId,
      grants: caller.grantIds.length ? { some: grantScope(caller) } : undefined,
      id: query.cursor ? { gt: query.cursor } : undefined,
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select,
  });
  return page(rows, query.limit, toApiClient);
}
