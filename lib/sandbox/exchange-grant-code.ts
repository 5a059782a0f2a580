import "server-only";
import { createHash } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { authenticateClient } from "./authenticate-client";
import { issueAccessToken, issueRefreshToken } from "./issue-tokens";
import { ACCESS_TOKEN_TTL_S } from "./limits";
import { signIdToken, wantsIdToken } from "./sign-id-token";
import { sandboxUser } from "./users";

// grant_type=authorization_code at {origin}/sandbox/{location}/oauth/v2/token.
// `issuer`: the accounts server answering, named in an OpenID Connect ID token.
export async function exchangeGrantCode(
  location: string,
  params: URLSearchParams,
  apiDomain: string,
  ttlSeconds = ACCESS_TOKEN_TTL_S,
  issuer = "",
): Promise<Response> {
  const code = params.get("code");
  if (!code) return zohoError("invalid_request", 200, "code is missing");
  const client = await authenticateClient(params);
  if ("error" in client) return zohoError(client.error, 200, client.description);

  const codeHash = sha256Hex(code);
  const grant = await db.sandboxCode.findUnique({ where: { codeHash } });
  // Unknown, already used or older than 60 s: Zoho says invalid_code for each.
  // A code issued to another client is just as unknown to this one.
  if (!grant || grant.usedAt || grant.expiresAt.getTime() <= Date.now() || grant.clientId !== client.clientId)
    return zohoError("invalid_code");
  // The code lives in the user's data centre; any other accounts server does not know the grant.
  if (grant.location !== location) return zohoError("invalid_client");
  // Self Client codes (redirectUri "") are exchanged without a redirect_uri.
  if (grant.redirectUri !== "" && params.get("redirect_uri") !== grant.redirectUri) return zohoError("invalid_redirect_uri");

  // PKCE: the verifier must hash to the challenge sent with the authorization request.
  if (grant.codeChallenge && !verifiesChallenge(params.get("code_verifier"), grant.codeChallenge, grant.codeChallengeMethod)) {
    return zohoError("invalid_code_verifier");
  }

  const subject = { clientId: grant.clientId, userId: grant.userId, location: grant.location, scopes: grant.scopes };
  const tokens = await db.$transaction(async (tx) => {
    // Single use even when two exchanges race: only one conditional update can win.
    const { count } = await tx.sandboxCode.updateMany({
      where: { codeHash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return null;
    const refresh = grant.accessType === "offline" ? await issueRefreshToken(tx, subject, { orgWide: grant.orgWide }) : null;
    const access = await issueAccessToken(tx, subject, refresh?.hash ?? null, ttlSeconds);
    return { access, refresh: refresh?.token ?? null };
  });
  if (!tokens) return zohoError("invalid_code");
  const user = sandboxUser(grant.userId);
  const idToken =
    user && wantsIdToken(grant.scopes)
      ? signIdToken({
          issuer,
          clientId: grant.clientId,
          clientSecret: params.get("client_secret") ?? "",
          user,
          scopes: grant.scopes,
          accessToken: tokens.access,
          ttlSeconds,
        })
      : null;
  return zohoJson({
    access_token: tokens.access,
    ...(tokens.refresh ? { refresh_token: tokens.refresh } : {}),
    ...(idToken ? { id_token: idToken } : {}),
    scope: grant.scopes.join(" "),
    api_domain: apiDomain,
    token_type: "Bearer",
    expires_in: ttlSeconds,
  });
}

function verifiesChallenge(verifier: string | null, challenge: string, method: string | null) {
  if (!verifier) return false;
  return (method === "S256" ? createHash("sha256").update(verifier).digest("base64url") : verifier) === challenge;
}
