import type { AccountsProvider } from "@/lib/generated/prisma/enums";
import { grantProductHosts } from "@/lib/zoho/product-hosts";

// What asking for a grant's access token can end in; the token API maps failures to problem JSON.
export type AccessTokenResult =
  | {
      ok: true;
      accessToken: string;
      expiresAt: Date;
      apiDomain: string;
      location: string;
      refreshed: boolean;
      orgWide: boolean;
      provider: AccountsProvider;
    }
  | {
      ok: false;
      problem: "not-found" | "grant-revoked" | "grant-invalid" | "refresh-limit" | "zoho-unavailable";
      detail: string;
      retryAfterSeconds?: number;
    };

/** A cached token is served while it has more than this left; below it, the grant refreshes. */
export const SAFETY_MARGIN_MS = 5 * 60 * 1000;
export const WINDOW_MS = 10 * 60 * 1000;

/**
 * The token API's answer for a token (GET /api/v1/grants/{id}/access-token): where to call Zoho with
 * it — api_domain, and the product hosts of the grant's data centre (none for a sandbox grant) — and
 * whether the grant is the organization's (org-wide admin consent).
 */
export function accessTokenAnswer(result: Extract<AccessTokenResult, { ok: true }>) {
  return {
    access_token: result.accessToken,
    api_domain: result.apiDomain,
    token_type: "Zoho-oauthtoken",
    expires_at: result.expiresAt.toISOString(),
    location: result.location,
    org_wide: result.orgWide,
    product_hosts: grantProductHosts(result),
  };
}

/**
 * The refresh attempts that spent Zoho's budget of access tokens: every one but those that never
 * reached Zoho. Written out because `NOT: { error: "unreachable" }` alone also drops the successes,
 * whose error is NULL (SQL: NOT (NULL = 'unreachable') is not true), and the budget never filled.
 */
export const SPENT_REFRESH = { OR: [{ error: null }, { error: { not: "unreachable" } }] };
