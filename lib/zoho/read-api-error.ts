// A Zoho product API's error answer, read into what a caller must do. Zoho CRM answers
// {"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"} (HTTP 401);
// other products wrap it: {"error":{"code":401,"message":"INVALID_OAUTHTOKEN"}} (Zoho Social,
// https://www.zoho.com/social/api/oauth-authentication.html). An invalid token (expired, evicted as one
// more than Zoho keeps per refresh token, revoked, or sent to another data centre's API domain) is
// worth one report to POST /api/v1/grants/{id}/access-token/invalidate; a scope mismatch never is.
export type ApiErrorKind = "invalid-token" | "scope-mismatch" | "authentication-failure" | "invalid-url" | "other";

const KINDS: Record<string, ApiErrorKind> = {
  INVALID_TOKEN: "invalid-token",
  INVALID_OAUTHTOKEN: "invalid-token",
  OAUTH_SCOPE_MISMATCH: "scope-mismatch",
  INVALID_OAUTHSCOPE: "scope-mismatch",
  AUTHENTICATION_FAILURE: "authentication-failure",
  INVALID_URL_PATTERN: "invalid-url",
};

export function readApiError(status: number, body: unknown): { kind: ApiErrorKind; code: string | null } | null {
  if (status < 400) return null;
  const json = body && typeof body === "object" ? (body as Record<string, unknown>) : null;
  const nested = json?.error && typeof json.error === "object" ? (json.error as Record<string, unknown>) : null;
  const code =
    [json?.code, nested?.message, nested?.code, json?.error].find((v): v is string => typeof v === "string" && /^[A-Z_]{3,60}$/.test(v)) ??
    null;
  return { kind: (code && KINDS[code]) || "other", code };
}
