import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { createGrant } from "@/lib/grants/create-grant";
import type { AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import type { TokenSuccess } from "@/lib/zoho/normalise-token-answer";
import { grantDetails } from "../exchange-code";

type Granted = { id: string; workspaceId: string; clientId: string; userId: string; scopes: string[]; client: { zohoClientId: string } };

// The poll that brought the tokens: the grant is stored like any other (createGrant: refresh token
// encrypted, the grant.created audit event) and the device authorization marked GRANTED, in one
// transaction. The api domain and Zoho user are read as for a code exchange (exchange-code.ts), first,
// outside it (never hold a transaction over HTTP).
export async function storeDeviceGrant(
  { meta }: { meta: RequestMeta },
  { row, server, tokens }: { row: Granted; server: AllowedAccountsServer; tokens: TokenSuccess },
) {
  const { apiDomain, zohoUser } = await grantDetails(server, tokens, {
    zohoClientId: row.client.zohoClientId,
    scopes: row.scopes,
    readUser: true,
  });
  await db.$transaction(async (tx) => {
    const { count } = await tx.deviceAuthorization.updateMany({
      where: { id: row.id, status: "PENDING" },
      data: { status: "GRANTED", lastAnswer: "tokens", location: server.location, accountsServer: server.url, finishedAt: new Date() },
    });
    if (count !== 1) return;
    const grant = await createGrant(tx, {
      workspaceId: row.workspaceId,
      clientId: row.clientId,
      userId: row.userId,
      server,
      tokens,
      requestedScopes: row.scopes,
      apiDomain,
      zohoUser,
      via: { deviceAuthorizationId: row.id, source: "device flow" },
      flow: "device",
      meta,
    });
    await tx.deviceAuthorization.update({ where: { id: row.id }, data: { grantId: grant.id } });
  });
}
