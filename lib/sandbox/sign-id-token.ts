import "server-only";
import { createHash, createHmac } from "node:crypto";
import { OIDC_SCOPES } from "@/lib/zoho/scope-grammar";
import type { SandboxUser } from "./users";

const b64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");

/** Zoho issues an ID token when the granted scopes include openid, email or profile. */
export const wantsIdToken = (scopes: string[]) => scopes.some((s) => (OIDC_SCOPES as readonly string[]).includes(s));

type IdToken = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  user: SandboxUser;
  scopes: string[];
  accessToken: string;
  ttlSeconds: number;
};

// The ID token of "Sign in using Zoho (OIDC)" (https://www.zoho.com/accounts/protocol/oauth/sign-in-using-zoho.html:
// "Get an ID token from Zoho"; the scope "can be email, profile, or openid"). Zoho's own answer
// (Zoho Accounts help, User Authentication, https://www.zoho.com/accounts/help/user-authentication.html)
// carries id_token next to access_token, with at_hash, sub (the user's ZUID), aud (the client id) and
// email claims. Modelled minimally: those claims plus iss/iat/exp, email_verified and the profile's
// names, signed HS256 with the client's own secret (OpenID Connect Core §10.1) — Zoho signs RS256
// with keys from its OIDC metadata, which the sandbox does not publish.
export function signIdToken(t: IdToken): string {
  const now = Math.floor(Date.now() / 1000);
  const digest = createHash("sha256").update(t.accessToken).digest();
  const claims = {
    iss: t.issuer,
    sub: t.user.id,
    aud: t.clientId,
    iat: now,
    exp: now + t.ttlSeconds,
    at_hash: b64url(digest.subarray(0, digest.length / 2)),
    ...(t.scopes.includes("email") && { email: t.user.email, email_verified: true }),
    ...(t.scopes.includes("profile") && {
      name: `${t.user.firstName} ${t.user.lastName}`,
      given_name: t.user.firstName,
      family_name: t.user.lastName,
    }),
  };
  const input = `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${createHmac("sha256", t.clientSecret).update(input).digest("base64url")}`;
}
