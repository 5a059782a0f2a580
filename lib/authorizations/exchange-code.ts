import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import { pickClientSecret } from "@/lib/clients/pick-client-secret";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { unseal } from "@/lib/crypto/keyring";
import { db, type Tx } from "@/lib/db";
import { createGrant } from "@/lib/grants/create-grant";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import type { AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import { apiDomainToStore } from "@/lib/zoho/match-api-domain";
import type { TokenFailure, TokenSuccess } from "@/lib/zoho/normalise-token-answer";
import { idTokenUser } from "@/lib/zoho/read-id-token";
import { requestToken, type TokenRequest } from "@/lib/zoho/request-token";

/** The client a code is exchanged for, as its caller loaded it (inside the workspace it belongs to). */
export type ExchangeClient = {
  id: string;
  workspaceId: string;
  zohoClientId: string;
  secretCipher: string | null;
  dcSecrets: { location: string; secretCipher: string }[];
};

export type ExchangeInput = {
  client: ExchangeClient;
  server: AllowedAccountsServer;
  /** A grant code (the callback, a Self Client's code) or client_credentials (a Self Client's organization grant). */
  request: Exclude<TokenRequest, { grantType: "refresh_token" }>;
  /** What was asked for; null when only Zoho's answer says (a pasted code, a flow started elsewhere). */
  requestedScopes: string[] | null;
  /** The grant's creator and where it came from (its audit event's data). */
  grant: { createdById: string; via: Record<string, string>; orgWide?: boolean; soid?: string };
  /** Written in the grant's own transaction: the callback's outcome commits with its grant, or neither does. */
  alongside?: (tx: Tx, stored: { grantId: string; answer: TokenSuccess; latencyMs: number }) => Promise<unknown>;
};

export type Exchanged =
  | { ok: false; reason: "no_secret" }
  | { ok: false; reason: "refused"; answer: TokenFailure; latencyMs: number }
  | { ok: true; answer: TokenSuccess; grantId: string; latencyMs: number };

/**
 * THE code exchange of the console — the callback (both routes), a Self Client's pasted code and its
 * client_credentials, and self_client.json's import all come here: the client's secret for the data
 * centre of `server` (pick-client-secret.ts), the token request at that accounts server, then the grant
 * stored with its api domain and Zoho user (createGrant: refresh token encrypted, audited). A refusal
 * is returned as Zoho's answer; what it means is each caller's to say (the callback's outcome, the
 * Self Client forms' messages).
 *
 * ctx is only the request's meta: its callers have already decided who may exchange for which client —
 * the anonymous callback by the state it consumed or the client's own callback path, the Self Client
 * forms by the member's permission and a client loaded inside their workspace — and pass that client.
 */
export async function exchangeCode(ctx: { meta: RequestMeta }, input: ExchangeInput): Promise<Exchanged> {
  const { client, server } = input;
  // Multi-DC clients may have a separate secret for each data centre.
  const secretCipher = pickClientSecret(client, server.location);
  if (!secretCipher) return { ok: false, reason: "no_secret" };
  const started = performance.now();
  const answer = await requestToken(server, { clientId: client.zohoClientId, clientSecret: unseal(secretCipher) }, input.request);
  const latencyMs = Math.round(performance.now() - started);
  if (!answer.ok) return { ok: false, reason: "refused", answer, latencyMs };

  const requestedScopes = input.requestedScopes ?? answer.scopes ?? [];
  // An organization's token (client_credentials) has no user to read.
  const readUser = input.request.grantType === "authorization_code";
  const { apiDomain, zohoUser } = await grantDetails(server, answer, {
    zohoClientId: client.zohoClientId,
    scopes: requestedScopes,
    readUser,
  });
  const grantId = await db.$transaction(async (tx) => {
    const grant = await createGrant(tx, {
      workspaceId: client.workspaceId,
      clientId: client.id,
      userId: input.grant.createdById,
      server,
      tokens: answer,
      requestedScopes,
      apiDomain,
      zohoUser,
      orgWide: input.grant.orgWide,
      via: input.grant.via,
      meta: ctx.meta,
      // createGrant marks a grant with soid set (even "") as renewed by client_credentials.
      ...(input.grant.soid !== undefined && { soid: input.grant.soid }),
    });
    await input.alongside?.(tx, { grantId: grant.id, answer, latencyMs });
    return grant.id;
  });
  return { ok: true, answer, grantId, latencyMs };
}

/**
 * What a grant keeps besides its tokens, for every way tokens arrive (a code exchange, the device
 * flow's poll): the api domain Zoho named when it is one of Zoho's (else the data centre's), and who
 * the Zoho user is — from the id_token, else user info when the scopes allow it. Read before the
 * grant's transaction: never hold a transaction over HTTP.
 */
export async function grantDetails(
  server: AllowedAccountsServer,
  answer: TokenSuccess,
  o: { zohoClientId: string; scopes: string[]; readUser: boolean },
) {
  const apiDomain = apiDomainToStore(answer.apiDomain, server, sandboxOrigins());
  if (!o.readUser) return { apiDomain, zohoUser: null };
  const zohoUser =
    idTokenUser(answer.idToken, o.zohoClientId) ??
    (canReadUserInfo(answer.scopes ?? o.scopes) ? await fetchUserInfo(server, answer.accessToken) : null);
  return { apiDomain, zohoUser };
}
