import "server-only";
import { postForm } from "./post-form";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { normaliseTokenAnswer, type TokenAnswer } from "./normalise-token-answer";

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
  const answer = await postForm(server, "/oauth/v2/token", body);
  return answer.ok
    ? normaliseTokenAnswer(answer.status, answer.json)
    : { ok: false, error: answer.error, description: answer.description, status: 0 };
}
