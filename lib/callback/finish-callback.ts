import "server-only";
import { pickClientSecret } from "@/lib/clients/pick-client-secret";
import { unseal } from "@/lib/crypto/keyring";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import { idTokenUser } from "@/lib/zoho/read-id-token";
import { getCodeLifetime } from "@/lib/workspaces/get-code-lifetime";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { apiDomainToStore } from "@/lib/zoho/match-api-domain";
import { matchAccountsServer } from "@/lib/zoho/match-accounts-server";
import type { TokenAnswer } from "@/lib/zoho/normalise-token-answer";
import { requestToken } from "@/lib/zoho/request-token";
import { diagnoseFailure, grantWarnings } from "./diagnose";
import { OUTCOME_DESCRIPTIONS, type Outcome } from "./outcomes";
import { updateCallback } from "./record-callback";
import { storeGrant } from "./store-grant";

export type CallbackClient = {
  zohoClientId: string;
  provider: "ZOHO" | "SANDBOX";
  secretCipher: string | null;
  dcSecrets: { location: string; secretCipher: string }[];
};

type Finish = {
  id: string;
  params: URLSearchParams;
  link: { workspaceId: string; clientId: string; authRequestId?: string };
  client: CallbackClient;
  redirectUri: string;
  codeVerifier?: string;
  /** What the authorization asked for, when the console started it. */
  asked: { accessType: string; scopes: string[]; orgWide?: boolean } | null;
  userId: string;
  via: Record<string, string>;
  meta: { ip: string | null; userAgent: string | null };
};

// Errors on the redirect that have an outcome of their own; any other is zoho_error.
const REDIRECT_ERRORS: Record<string, Outcome> = { access_denied: "rejected", no_org: "no_org" };

// The common end of both callback routes, once the callback is tied to a client: Zoho's error or
// the code, the accounts server check, the exchange at once, and the grant.
export async function finishCallback(f: Finish) {
  const { id, params, link } = f;
  const error = params.get("error");
  if (error) return updateCallback(id, { ...link, outcome: Object.hasOwn(REDIRECT_ERRORS, error) ? REDIRECT_ERRORS[error] : "zoho_error", error });
  const code = params.get("code");
  if (!code) return updateCallback(id, { ...link, outcome: "missing_code" });

  const accountsServer = params.get("accounts-server");
  if (!accountsServer) return updateCallback(id, { ...link, outcome: "accounts_server_missing" });
  const server = matchAccountsServer(accountsServer, sandboxOrigins());
  if (!server || server.provider !== f.client.provider) {
    return updateCallback(id, { ...link, outcome: "accounts_server_not_allowed", diagnosis: `"${accountsServer.slice(0, 200)}" is not an allowed accounts server for this ${f.client.provider === "SANDBOX" ? "sandbox " : ""}client.` });
  }
  const location = params.get("location");
  if (location && location !== server.location) {
    return updateCallback(id, { ...link, outcome: "location_mismatch", diagnosis: `location=${location.slice(0, 20)} but accounts-server is the ${server.location} data centre.` });
  }
  // Multi-DC clients may have a separate secret for the user's data centre.
  const secretCipher = pickClientSecret(f.client, server.location);
  if (!secretCipher) return updateCallback(id, { ...link, outcome: "no_secret" });

  const started = performance.now();
  const answer = await requestToken(
    server,
    { clientId: f.client.zohoClientId, clientSecret: unseal(secretCipher) },
    { grantType: "authorization_code", code, redirectUri: f.redirectUri, codeVerifier: f.codeVerifier },
  );
  const latencyMs = Math.round(performance.now() - started);
  const exchange = describeAnswer(answer);
  if (!answer.ok) return updateCallback(id, { ...link, latencyMs, exchange, error: answer.error, ...diagnoseFailure(answer, await getCodeLifetime(link.workspaceId)) });

  const requestedScopes = f.asked?.scopes ?? answer.scopes ?? [];
  const warnings = f.asked ? grantWarnings(f.asked, answer) : [];
  const apiDomain = apiDomainToStore(answer.apiDomain, server, sandboxOrigins());
  const zohoUser = idTokenUser(answer.idToken, f.client.zohoClientId)
    ?? (canReadUserInfo(answer.scopes ?? requestedScopes) ? await fetchUserInfo(server, answer.accessToken) : null);
  await storeGrant(
    id,
    { workspaceId: link.workspaceId, clientId: link.clientId, userId: f.userId, server, tokens: answer, requestedScopes, apiDomain, zohoUser, orgWide: f.asked?.orgWide, via: f.via, meta: f.meta },
    { ...link, latencyMs, exchange, diagnosis: warnings.length ? warnings.join(" ") : OUTCOME_DESCRIPTIONS.grant_created.explanation },
  );
}

// Zoho's answer as stored and shown: shape and metadata, never the tokens.
function describeAnswer(answer: TokenAnswer) {
  if (!answer.ok) return { ok: false, status: answer.status, error: answer.error, error_description: answer.description };
  return {
    ok: true, token_type: answer.tokenType, api_domain: answer.apiDomain, expires_in: answer.expiresInSeconds,
    scope: answer.scopes?.join(" ") ?? null, access_token: "[redacted]", refresh_token: answer.refreshToken ? "[redacted]" : null,
    ...(answer.idToken && { id_token: "[redacted]" }),
  };
}
