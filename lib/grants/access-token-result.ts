// What asking for a grant's access token can end in; the token API maps failures to problem JSON.
export type AccessTokenResult =
  | { ok: true; accessToken: string; expiresAt: Date; apiDomain: string; location: string; refreshed: boolean }
  | { ok: false; problem: "not-found" | "grant-revoked" | "grant-invalid" | "refresh-limit" | "zoho-unavailable"; detail: string; retryAfterSeconds?: number };

/** A cached token is served while it has more than this left; below it, the grant refreshes. */
export const SAFETY_MARGIN_MS = 5 * 60 * 1000;
export const WINDOW_MS = 10 * 60 * 1000;
