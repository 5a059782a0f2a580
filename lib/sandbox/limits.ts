// Zoho's limits as the sandbox enforces them (shared/zoho-oauth.md, "Limits").
export const WINDOW_MS = 10 * 60_000;
export const MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN_PER_WINDOW = 10;
export const MAX_REFRESH_TOKENS_PER_USER_PER_CLIENT = 20;
export const ACCESS_TOKEN_TTL_S = 3600;
