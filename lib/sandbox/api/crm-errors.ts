// Zoho CRM's error answers (HTTP status, then {code, details, message, status:"error"}). The codes and
// messages are those Zoho's own SDK declares for the users and org APIs (zoho/zohocrm-nodejs-sdk-8.0,
// lib/config/json_details.json: core/com/zoho/crm/api/users/api_exception and org/api_exception list
// INVALID_TOKEN, OAUTH_SCOPE_MISMATCH, AUTHENTICATION_FAILURE, INVALID_URL_PATTERN; their messages
// "invalid oauth token", "invalid oauth scope to access this URL", "Authentication failed", "Please check
// if the URL trying to access is a correct one"); the statuses are CRM's (Kaizen #25,
// https://help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling:
// 401 for AUTHENTICATION_FAILURE, OAUTH_SCOPE_MISMATCH and INVALID_TOKEN; 404 for a wrong URL). A
// recorded INVALID_TOKEN answer: https://pastebin.com/VkvZW1Vy ("code":"INVALID_TOKEN","message":"invalid
// oauth token","status":"error").
const ERRORS = {
  INVALID_TOKEN: [401, "invalid oauth token"],
  OAUTH_SCOPE_MISMATCH: [401, "invalid oauth scope to access this URL"],
  AUTHENTICATION_FAILURE: [401, "Authentication failed"],
  INVALID_URL_PATTERN: [404, "Please check if the URL trying to access is a correct one"],
} as const;
export type CrmErrorCode = keyof typeof ERRORS;

export const crmErrorBody = (code: CrmErrorCode) => ({ code, details: {}, message: ERRORS[code][1], status: "error" });

export const crmError = (code: CrmErrorCode) =>
  Response.json(crmErrorBody(code), { status: ERRORS[code][0], headers: { "cache-control": "no-store" } });
