// Zoho's throttle answer, recognised without relying on the English word alone:
//  - HTTP 400 {"error":"Access Denied","status":"failure","error_description":"You have made too many
//    requests continuously. Please try again after some time."} (Accounts' token-limits page,
//    https://www.zoho.com/accounts/protocol/oauth/token-limits.html);
//  - the same with HTTP 200 (Kaizen #43, https://help.zoho.com/portal/en/community/topic/kaizen-43-tokens-and-limitations:
//    "the status code … remains 200. However, the message … says 'Access Denied'");
//  - localized, e.g. "error":"拒绝访问", and the description "Token creation throttle limit reached"
//    (docs/zoho.md, Corrections: "Rate limit answer").
// Zoho's OAuth error codes are ASCII snake_case (invalid_code, access_denied, …): a `status:"failure"`
// answer whose error is not such a code is the throttle in another language.

const THROTTLE_DESCRIPTIONS = [/too many requests/i, /throttle limit/i];
const OAUTH_ERROR_CODE = /^[a-z0-9_]+$/;

export type RateLimitEvidence = { status: number; error?: string | null; description?: string | null; bodyStatus?: string | null };

export function isRateLimitAnswer({ status, error, description, bodyStatus }: RateLimitEvidence): boolean {
  // A throttle answer comes as HTTP 400 or 200; a 5xx or a 401 is something else.
  if (status !== 400 && status !== 200) return false;
  const code = error?.trim() ?? "";
  if (code.toLowerCase() === "access denied") return true;
  // A snake_case code is one of OAuth's own errors, whatever its description says (access_denied with
  // "too many grant codes" is the grant-code limit of an authorization, not this throttle).
  if (OAUTH_ERROR_CODE.test(code)) return false;
  if (description && THROTTLE_DESCRIPTIONS.some((d) => d.test(description))) return true;
  return bodyStatus?.toLowerCase() === "failure" && code !== "";
}
