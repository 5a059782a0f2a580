import "server-only";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { normaliseTokenAnswer, type TokenAnswer } from "./normalise-token-answer";

const TIMEOUT_MS = 10_000;

export type TokenRequest =
  | { grantType: "authorization_code"; code: string; redirectUri?: string; codeVerifier?: string }
  | { grantType: "refresh_token"; refreshToken: string }
  // Self Client only: an access token for an organization, no user and no refresh token.
  | { grantType: "client_credentials"; scopes: string[]; soid?: string };

// POST {accounts-server}/oauth/v2/token. The only place a client secret leaves the console, and only
// to an AllowedAccountsServer.
export async function requestToken(
  server: AllowedAccountsServer,
  client: { clientId: string; clientSecret: string },
  request: TokenRequest,
): Promise<TokenAnswer> {
  const body = new URLSearchParams({ grant_type: request.grantType, client_id: client.clientId, client_secret: client.clientSecret });
  if (request.grantType === "authorization_code") {
    body.set("code", request.code);
    if (request.redirectUri) body.set("redirect_uri", request.redirectUri);
    if (request.codeVerifier) body.set("code_verifier", request.codeVerifier);
  } else if (request.grantType === "refresh_token") {
    body.set("refresh_token", request.refreshToken);
  } else {
    body.set("scope", request.scopes.join(","));
    if (request.soid) body.set("soid", request.soid); // only some Zoho apps need it (missing_org_info)
  }
  try {
    const response = await fetch(callUrl(server, "/oauth/v2/token"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    const json = await response.json().catch(() => null);
    return normaliseTokenAnswer(response.status, json);
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { ok: false, error: timedOut ? "timeout" : "unreachable", description: timedOut ? `No answer within ${TIMEOUT_MS / 1000} s` : "Could not connect to the accounts server", status: 0 };
  }
}
