import type { ClientTypeName } from "./client-types";

// Org-wide (instance-level) admin consent: GET {accounts-server}/oauth/v2/org/auth with
// response_type=code and a redirect_uri registered in the API console; the code is then exchanged
// with the client secret (https://www.zoho.com/accounts/protocol/oauth/instance-level-oauth/get-auth-code.html).
// That is a Server-based application's flow. A Client-based (JavaScript) app receives a token, not a
// code; Self Client and Non-browser apps have no redirect URI; Zoho's org/auth page lists no PKCE
// parameter, so a Mobile app (PKCE, no secret) is not offered it either.
export const ORG_CONSENT_CLIENT_TYPES: readonly ClientTypeName[] = ["SERVER"];

export const offersOrgConsent = (type: ClientTypeName) => ORG_CONSENT_CLIENT_TYPES.includes(type);

/** Shown wherever an org grant is explained (builder, grant page). */
export const ORG_GRANT_EXPLANATION =
  "An administrator consented for the whole organization (Zoho's instance-level OAuth, /oauth/v2/org/auth). The grant belongs to the organization: it keeps working if that admin leaves, and it is not one of the admin's personal refresh tokens, so it does not count toward Zoho's 20 refresh tokens per user per client.";
