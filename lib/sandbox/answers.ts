// How Zoho answers: JSON, errors usually with HTTP 200 and an `error` field (read the body, not the status).
export const zohoJson = (body: object, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "no-store", pragma: "no-cache" } });

export const zohoError = (error: string, status = 200, description?: string) =>
  zohoJson(description ? { error, error_description: description } : { error }, status);

// Zoho's throttle answer, sent with HTTP 400 (shared/zoho-oauth.md, Corrections: "Rate limit answer"
// HTTP 400 {"error":"Access Denied","status":"failure",…}; Zoho CRM's Token Validity page,
// https://www.zoho.com/crm/developer/docs/api/v8/token-validity.html: past the 10-minute throttle
// limit, "Access Denied"). No Retry-After: Zoho sends none.
export const TOO_MANY_REQUESTS = {
  error: "Access Denied",
  status: "failure",
  error_description: "You have made too many requests continuously. Please try again after some time.",
};
