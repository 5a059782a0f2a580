import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { actorId, type Ctx } from "@/lib/auth/context";
import { SELF_CLIENT_CODE_LIFETIME, tokenErrorHint } from "@/lib/callbacks/describe-outcome";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { TokenFailure } from "@/lib/zoho/normalise-token-answer";
import { consoleAccountsServer } from "./console-accounts-server";
import { exchangeCode, type ExchangeInput } from "./exchange-code";
import type { SelfClientTarget } from "./schemas";

/** Zoho's refusal of a Self Client's code or client_credentials, in the Self Client forms' words. */
export const selfClientRefusal = (answer: TokenFailure) =>
  tokenErrorHint(answer, SELF_CLIENT_CODE_LIFETIME) ?? answer.description ?? answer.error;

/** "with refresh token ••••abcd", or "" when Zoho sent none. */
export const refreshTokenNote = (refreshToken: string | null | undefined) =>
  refreshToken ? ` with refresh token ••••${last4(refreshToken)}` : "";

type Obtain = SelfClientTarget & { request: ExchangeInput["request"]; requestedScopes: string[] | null; via: string; soid?: string };

// A Self Client's grant from the grants page (a pasted code, or client_credentials): an active Self
// Client of this workspace, its accounts server for the data centre chosen, then the one exchange.
// The caller (exchange-self-code.ts, create-org-grant.ts) has checked its permission.
export async function obtainSelfClientGrant(ctx: Ctx, o: Obtain): Promise<{ state: FormState } | { refreshToken: string | null }> {
  const client = await db.oAuthClient.findFirst({
    where: { id: o.clientId, workspaceId: ctx.workspace.id, type: "SELF", archivedAt: null },
    select: {
      id: true,
      workspaceId: true,
      zohoClientId: true,
      provider: true,
      secretCipher: true,
      dcSecrets: { select: { location: true, secretCipher: true } },
    },
  });
  const noClient = { state: { fieldErrors: { clientId: ["Pick an active Self Client with a secret"] } } };
  const createdById = actorId(ctx);
  if (!client || !createdById) return noClient;
  const server = await consoleAccountsServer(client.provider, o.location);
  if (!server) return { state: { message: "The built-in sandbox is off, so this sandbox client cannot get tokens." } };
  const exchanged = await exchangeCode(ctx, {
    client,
    server,
    request: o.request,
    requestedScopes: o.requestedScopes,
    grant: { createdById, via: { source: o.via }, ...(o.soid !== undefined && { soid: o.soid }) },
  });
  if (!exchanged.ok)
    return exchanged.reason === "no_secret" ? noClient : { state: { message: `Zoho refused: ${selfClientRefusal(exchanged.answer)}` } };
  return { refreshToken: exchanged.answer.refreshToken ?? null };
}
