import "server-only";
import { unseal } from "@/lib/crypto/keyring";
import { dataCentre } from "@/lib/zoho/data-centres";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import { matchAccountsServer } from "@/lib/zoho/match-accounts-server";
import { requestToken } from "@/lib/zoho/request-token";
import type { TokenAnswer } from "@/lib/zoho/normalise-token-answer";
import { claimAuthRequest } from "./claim-auth-request";
import { OUTCOME_DESCRIPTIONS, TOKEN_ERROR_HINTS } from "./outcomes";
import { recordCallback, updateCallback } from "./record-callback";
import { storeGrant } from "./store-grant";

type CallbackInput = {
  params: URLSearchParams;
  userId: string | null;
  /** The console's own origin when the sandbox is on (its accounts servers are then allowed), else null. */
  sandboxOrigin: string | null;
  meta: { ip: string | null; userAgent: string | null };
};

// GET /oauth/callback, step by step: record → match and consume the state → check the accounts
// server → exchange the code at once → store the grant. Returns the callback event's id.
export async function handleCallback({ params, userId, sandboxOrigin, meta }: CallbackInput): Promise<string> {
  const id = await recordCallback(params, meta);
  try {
    await processCallback(id, params, userId, sandboxOrigin, meta);
  } catch (error) {
    console.error(`callback ${id} failed:`, error instanceof Error ? error.message : "unknown error");
    await updateCallback(id, { outcome: "internal_error" }).catch(() => undefined);
  }
  return id;
}

async function processCallback(id: string, params: URLSearchParams, userId: string | null, sandboxOrigin: string | null, meta: CallbackInput["meta"]) {
  const state = params.get("state");
  if (!state) return updateCallback(id, { outcome: "missing_state" });
  const claim = await claimAuthRequest(state, userId);
  if (!claim.request) return updateCallback(id, { outcome: claim.outcome });
  const { request } = claim;
  const link = { workspaceId: request.workspaceId, clientId: request.clientId, authRequestId: request.id };
  if (claim.outcome) return updateCallback(id, { ...link, outcome: claim.outcome });

  const error = params.get("error");
  if (error) return updateCallback(id, { ...link, outcome: error === "access_denied" ? "rejected" : "zoho_error", error });
  const code = params.get("code");
  if (!code) return updateCallback(id, { ...link, outcome: "missing_code" });

  const accountsServer = params.get("accounts-server");
  if (!accountsServer) return updateCallback(id, { ...link, outcome: "accounts_server_missing" });
  const server = matchAccountsServer(accountsServer, sandboxOrigin);
  if (!server || server.provider !== request.client.provider) {
    return updateCallback(id, { ...link, outcome: "accounts_server_not_allowed", diagnosis: `"${accountsServer.slice(0, 200)}" is not an allowed accounts server for this ${request.client.provider === "SANDBOX" ? "sandbox " : ""}client.` });
  }
  const location = params.get("location");
  if (location && location !== server.location) {
    return updateCallback(id, { ...link, outcome: "location_mismatch", diagnosis: `location=${location.slice(0, 20)} but accounts-server is the ${server.location} data centre.` });
  }
  // Multi-DC clients may have a separate secret for the user's data centre.
  const secretCipher = request.client.dcSecrets.find((s) => s.location === server.location)?.secretCipher ?? request.client.secretCipher;
  if (!secretCipher) return updateCallback(id, { ...link, outcome: "internal_error", diagnosis: "The client has no secret stored, so the console cannot exchange its codes." });

  const started = performance.now();
  const answer = await requestToken(
    server,
    { clientId: request.client.zohoClientId, clientSecret: unseal(secretCipher) },
    { grantType: "authorization_code", code, redirectUri: request.redirectUri, codeVerifier: request.pkceVerifierCipher ? unseal(request.pkceVerifierCipher) : undefined },
  );
  const latencyMs = Math.round(performance.now() - started);
  const exchange = describeAnswer(answer);
  if (!answer.ok) {
    const unreachable = answer.error === "unreachable" || answer.error === "timeout";
    return updateCallback(id, {
      ...link, latencyMs, exchange, error: answer.error, outcome: unreachable ? "zoho_unreachable" : "exchange_failed",
      diagnosis: TOKEN_ERROR_HINTS[answer.error] ?? answer.description ?? `Zoho answered ${answer.error}.`,
    });
  }

  const warnings: string[] = [];
  if (request.accessType === "offline" && !answer.refreshToken) {
    warnings.push("offline access was requested but Zoho returned no refresh token: the user had consented before and prompt=consent was off.");
  }
  const granted = answer.scopes;
  const missing = granted ? request.scopes.filter((s) => !granted.some((g) => g.toLowerCase() === s.toLowerCase())) : [];
  if (missing.length) warnings.push(`Zoho granted fewer scopes than asked: missing ${missing.join(", ")}.`);
  const apiDomain = answer.apiDomain ?? dataCentre(server.location)?.apiDomain ?? server.url;
  if (!answer.apiDomain) warnings.push("Zoho's answer had no api_domain; the data centre's default is stored.");
  const zohoUser = canReadUserInfo(granted ?? request.scopes) ? await fetchUserInfo(server, answer.accessToken) : null;

  await storeGrant(
    id,
    {
      workspaceId: request.workspaceId, clientId: request.clientId, userId: request.userId, server, tokens: answer,
      requestedScopes: request.scopes, apiDomain, zohoUser, via: { authRequestId: request.id }, meta,
    },
    { ...link, latencyMs, exchange, diagnosis: warnings.length ? warnings.join(" ") : OUTCOME_DESCRIPTIONS.grant_created.explanation },
  );
}

// Zoho's answer as stored and shown: shape and metadata, never the tokens.
function describeAnswer(answer: TokenAnswer) {
  if (!answer.ok) return { ok: false, status: answer.status, error: answer.error, error_description: answer.description };
  return {
    ok: true, token_type: answer.tokenType, api_domain: answer.apiDomain, expires_in: answer.expiresInSeconds,
    scope: answer.scopes?.join(" ") ?? null, access_token: "[redacted]", refresh_token: answer.refreshToken ? "[redacted]" : null,
  };
}
