import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import type { TokenSuccess } from "@/lib/zoho/normalise-token-answer";
import { updateCallback, type CallbackUpdate } from "./record-callback";

type StoreGrantInput = {
  callbackId: string;
  request: { id: string; workspaceId: string; clientId: string; userId: string; scopes: string[] };
  server: AllowedAccountsServer;
  tokens: TokenSuccess;
  apiDomain: string;
  zohoUser: { zohoUserId: string; email: string | null } | null;
  callback: Omit<CallbackUpdate, "outcome" | "grantId">;
  meta: { ip: string | null; userAgent: string | null };
};

// The grant, the callback's outcome and the audit event commit together.
export async function storeGrant(input: StoreGrantInput) {
  const { request, tokens, server } = input;
  const scopes = tokens.scopes ?? request.scopes;
  return db.$transaction(async (tx) => {
    const grant = await tx.grant.create({
      data: {
        workspaceId: request.workspaceId, clientId: request.clientId, location: server.location, accountsServer: server.url,
        apiDomain: input.apiDomain, scopes, createdById: request.userId,
        refreshCipher: tokens.refreshToken ? seal(tokens.refreshToken) : null,
        refreshLast4: tokens.refreshToken ? last4(tokens.refreshToken) : null,
        zohoUserId: input.zohoUser?.zohoUserId ?? null, zohoUserEmail: input.zohoUser?.email ?? null,
      },
      select: { id: true },
    });
    await updateCallback(input.callbackId, { ...input.callback, outcome: "grant_created", grantId: grant.id }, tx);
    await recordAuditEvent(tx, {
      workspaceId: request.workspaceId, actorId: request.userId, action: "grant.created", targetType: "grant", targetId: grant.id,
      data: { clientId: request.clientId, location: server.location, accountsServer: server.url, scopes, refreshTokenLast4: tokens.refreshToken ? last4(tokens.refreshToken) : null, authRequestId: request.id },
      ...input.meta,
    });
    return grant;
  });
}
