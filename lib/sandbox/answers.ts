// How Zoho answers: JSON, errors usually with HTTP 200 and an `error` field (read the body, not the status).
export const zohoJson = (body: object, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "no-store", pragma: "no-cache" } });

export const zohoError = (error: string, status = 200, description?: string) =>
  zohoJson(description ? { error, error_description: description } : { error }, status);

// Zoho's throttle answer, sent with HTTP 400 (docs/zoho.md, Corrections: "Rate limit answer"
// HTTP 400 {"error":"Access Denied","status":"failure",…}; Accounts' token-limits page,
// https://www.zoho.com/accounts/protocol/oauth/token-limits.html, and Zoho CRM's Token Validity page,
// https://www.zoho.com/crm/developer/docs/api/v8/token-validity.html: past the 10-minute throttle
// limit, "Access Denied"). No Retry-After: Zoho sends none.
export const TOO_MANY_REQUESTS = {
  error: "Access Denied",
  status: "failure",
  error_description: "You have made too many requests continuously. Please try again after some time.",
};

// The same answer as it has been seen localized (Corrections: "error":"拒绝访问"); the description is
// the English one in Chinese. The console must recognise it by its shape, not by its words.
export const TOO_MANY_REQUESTS_ZH = {
  error: "拒绝访问",
  status: "failure",
  error_description: "您连续发出的请求过多。请稍后再试。",
};

export type RateLimitLocale = "en" | "zh";
export const RATE_LIMIT_LOCALES: readonly RateLimitLocale[] = ["en", "zh"];

export const rateLimitAnswer = (locale: string = "en") => zohoJson(locale === "zh" ? TOO_MANY_REQUESTS_ZH : TOO_MANY_REQUESTS, 400);
