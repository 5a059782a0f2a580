import "server-only";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { db } from "@/lib/db";
import { createGrant } from "@/lib/grants/create-grant";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import type { AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import { apiDomainToStore } from "@/lib/zoho/match-api-domain";
import type { TokenSuccess } from "@/lib/zoho/normalise-token-answer";

type Granted = { id: string; workspaceId: string; clientId: string; userId: string; scopes: string[] };

// The poll that brought the tokens: the grant is stored like any other (createGrant: refresh token
// encrypted, the grant.created audit event) and the device authorization marked GRANTED, in one
// transaction. Zoho's user info is read first, outside it (never hold a transaction over HTTP).
export async function storeDeviceGrant(row: Granted, server: AllowedAccountsServer, tokens: TokenSuccess, meta: { ip: string | null; userAgent: string | null }) {
  const apiDomain = apiDomainToStore(tokens.apiDomain, server, sandboxOrigins());
  const zohoUser = canReadUserInfo(tokens.scopes ?? row.scopes) ? await fetchUserInfo(server, tokens.accessToken) : null;
  await db.$transaction(async (tx) => {
    const { count } = await tx.deviceAuthorization.updateMany({
      where: { id: row.id, status: "PENDING" },
      data: { status: "GRANTED", lastAnswer: "tokens", location: server.location, accountsServer: server.url, finishedAt: new Date() },
    });
    if (count !== 1) return;
    const grant = await createGrant(tx, {
      workspaceId: row.workspaceId, clientId: row.clientId, userId: row.userId, server, tokens, requestedScopes: row.scopes, apiDomain, zohoUser,
      via: { deviceAuthorizationId: row.id, source: "device flow" }, flow: "device", meta,
    });
    await tx.deviceAuthorization.update({ where: { id: row.id }, data: { grantId: grant.id } });
  });
}
