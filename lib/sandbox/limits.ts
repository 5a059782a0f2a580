// Zoho's limits as the sandbox enforces them (docs/zoho.md, "Limits").
export const WINDOW_MS = 10 * 60_000;
export const MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN_PER_WINDOW = 10;
export const MAX_REFRESH_TOKENS_PER_USER_PER_CLIENT = 20;
export const ACCESS_TOKEN_TTL_S = 3600;
// Active access tokens per refresh token when the client belongs to no workspace; otherwise the
// workspace's setting (Settings → Zoho's limits). "A maximum of 15 active access tokens can be stored
// per refresh token. When the 16th token is requested, the oldest token is invalidated"
// (https://www.zoho.com/crm/developer/docs/api/v8/token-validity.html).
export const MAX_ACTIVE_ACCESS_TOKENS_PER_REFRESH_TOKEN = 15;
