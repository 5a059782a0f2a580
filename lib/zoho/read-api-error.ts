import { isRateLimitAnswer } from "./is-rate-limit-answer";

// A Zoho API's error answer, read by its product's shape into { code, message } and what kind of
// failure it is. Shapes ("observed" = seen live by other clients' code, not in Zoho's own pages):
//  - CRM and Bigin: {"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"},
//    and per record {"data":[{"code":"MANDATORY_NOT_FOUND","status":"error",…}]} (zoho/zohocrm-nodejs-sdk-8.0
//    lib/config/json_details.json, api_exception; Kaizen #25,
//    https://help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling).
//  - Desk: {"errorCode":"INVALID_OAUTH","message":…} (https://desk.zoho.com/DeskAPIDocument, "Errors").
//  - Mail: {"status":{"code":401,"description":"Invalid Access"},"data":{"errorCode":"INVALID_OAUTHTOKEN"}}
//    (status codes https://www.zoho.com/mail/help/api/response-codes.html; errorCode observed).
//  - Books (Zoho Finance): {"code":<non-zero number>,"message":…}, code 0 is success
//    (https://www.zoho.com/books/api/v3/errors/); 14 invalid token and 57 not authorized observed; 6024
//    "belongs to multiple organizations" (https://github.com/airbytehq/airbyte/issues/69830).
//  - WorkDrive: {"errors":[{"id":"F7003","title":"Invalid OAuth token."}]} (F7007 "Invalid OAuth scope.";
//    observed, sometimes with HTTP 500).
//  - Projects v3: {"error":{"status_code":"401","title":"INVALID_OAUTHTOKEN","details":[{"message":…}]}}
//    (observed); older Projects, Social and Assist: {"error":{"code":…,"message":…}}
//    (https://www.zoho.com/social/api/oauth-authentication.html, https://www.zoho.com/assist/api/errors.html).
//  - The accounts server (/oauth/user/info, token endpoints): {"error":"invalid_oauthtoken"} or
//    {"response":"error","cause":"INVALID_OAUTHTOKEN"}, and its throttle {"error":"Access Denied",
//    "status":"failure"} in any language (is-rate-limit-answer.ts).

export type ApiErrorKind =
  | "invalid-token"
  | "scope-mismatch"
  | "authentication-failure"
  | "invalid-url"
  | "rate-limit"
  | "no-org"
  | "no-permission"
  | "server-error"
  | "other";

export type ApiError = { code: string; message: string; kind: ApiErrorKind };

const KINDS: Record<string, ApiErrorKind> = {
  INVALID_TOKEN: "invalid-token",
  INVALID_OAUTHTOKEN: "invalid-token",
  INVALID_OAUTH: "invalid-token", // Desk
  F7003: "invalid-token", // WorkDrive
  OAUTH_SCOPE_MISMATCH: "scope-mismatch",
  INVALID_OAUTHSCOPE: "scope-mismatch",
  SCOPE_MISMATCH: "scope-mismatch", // Desk
  F7004: "scope-mismatch", // WorkDrive
  F7007: "scope-mismatch", // WorkDrive
  AUTHENTICATION_FAILURE: "authentication-failure",
  UNAUTHORIZED: "authentication-failure", // Desk: no token
  INVALID_TICKET: "authentication-failure", // Mail: no token
  INVALID_URL_PATTERN: "invalid-url",
  URL_NOT_FOUND: "invalid-url", // Desk
  URL_RULE_NOT_CONFIGURED: "invalid-url", // Mail, accounts server
  TOO_MANY_REQUESTS: "rate-limit",
  THROTTLES_LIMIT_EXCEEDED: "rate-limit",
  NO_ORG: "no-org", // the accounts server's error=no_org (docs/zoho.md, Corrections)
  OAUTH_ORG_MISMATCH: "no-org", // Desk: the token was made for another organization
  "6024": "no-org", // Books/Inventory: several organizations, none named
  NO_PERMISSION: "no-permission", // CRM
  FORBIDDEN: "no-permission", // Desk
  INTERNAL_ERROR: "server-error",
  INTERNAL_SERVER_ERROR: "server-error",
};

// Books' numeric codes mean different things per product, so only these two are read, and only with a 401.
const BOOKS_401: Record<string, ApiErrorKind> = { "14": "invalid-token", "57": "scope-mismatch" };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const codeOf = (v: unknown): string | null => str(v) ?? (typeof v === "number" && Number.isFinite(v) ? String(v) : null);

/** Zoho's error in an answer, or null for a success (2xx/3xx without an error body). */
export function readApiError(status: number, body: string, contentType: string | null): ApiError | null {
  const json = parseJson(body, contentType);
  const found = json ? fromBody(status, json) : null;
  if (found) return { ...found, code: found.code.slice(0, 100), message: found.message.slice(0, 500), kind: kindOf(found.code, status) };
  if (status < 400) return null;
  const kind: ApiErrorKind = status === 429 ? "rate-limit" : status >= 500 ? "server-error" : "other";
  return { code: `HTTP_${status}`, message: "", kind };
}

function kindOf(code: string, status: number): ApiErrorKind {
  const upper = code.toUpperCase();
  if (status === 401 && BOOKS_401[code]) return BOOKS_401[code];
  if (upper === "ACCESS_DENIED_THROTTLE") return "rate-limit";
  return KINDS[upper] ?? (status === 429 ? "rate-limit" : status >= 500 ? "server-error" : "other");
}

function parseJson(body: string, contentType: string | null): Json | unknown[] | null {
  const text = body.trim();
  if (!/json/i.test(contentType ?? "") && !text.startsWith("{")) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : obj(parsed);
  } catch {
    return null; // a truncated or non-JSON body: the status alone speaks
  }
}

function fromBody(status: number, parsed: Json | unknown[]): { code: string; message: string } | null {
  const json = obj(parsed);
  if (!json) return null;
  const message = (...candidates: unknown[]) => candidates.map(str).find((m) => m !== null) ?? "";

  // The accounts server's throttle, in any language (before the generic `error` string below).
  const error = str(json.error);
  if (isRateLimitAnswer({ status, error, description: str(json.error_description), bodyStatus: str(json.status) }))
    return { code: "ACCESS_DENIED_THROTTLE", message: message(json.error_description, error) };

  // CRM / Bigin: a string code with status "error" (or any string code on a failure status).
  const code = str(json.code);
  if (code && (json.status === "error" || status >= 400)) return { code, message: message(json.message) };

  // CRM per record: {"data":[{code,status:"error",message}, …]}.
  if (Array.isArray(json.data)) {
    const failed = json.data.map(obj).find((r) => r && r.status === "error" && str(r.code));
    if (failed) return { code: str(failed.code)!, message: message(failed.message) };
  }

  // Desk.
  const deskCode = str(json.errorCode);
  if (deskCode) return { code: deskCode, message: message(json.message) };

  // Mail: status {code, description} + data {errorCode, moreInfo}.
  const mailStatus = obj(json.status);
  if (mailStatus && typeof mailStatus.code === "number") {
    const data = obj(json.data);
    const mailCode = str(data?.errorCode);
    if (mailCode || mailStatus.code >= 400)
      return { code: mailCode ?? `HTTP_${mailStatus.code}`, message: message(data?.moreInfo, mailStatus.description) };
  }

  // Books / Zoho Finance: a number code, 0 for success.
  if (typeof json.code === "number" && json.code !== 0) return { code: String(json.code), message: message(json.message) };

  // WorkDrive (JSON:API errors).
  if (Array.isArray(json.errors)) {
    const first = obj(json.errors[0]);
    const id = codeOf(first?.id) ?? codeOf(first?.code);
    if (id) return { code: id, message: message(first?.title, first?.detail) };
  }

  // Projects v3 {error:{status_code,title,details:[{message}]}}; Projects v1, Social, Assist {error:{code,message}}.
  const nested = obj(json.error);
  if (nested) {
    const title = str(nested.title);
    const details = Array.isArray(nested.details) ? obj(nested.details[0]) : null;
    if (title) return { code: title, message: message(details?.message, nested.message) };
    const named = str(nested.message);
    if (named && /^[A-Z][A-Z0-9_]{2,60}$/.test(named)) return { code: named, message: "" };
    const nestedCode = codeOf(nested.code);
    if (nestedCode) return { code: nestedCode, message: message(nested.message) };
  }

  // The accounts server: {"error":"invalid_oauthtoken"} or {"response":"error","cause":"…"}.
  if (error) return { code: error, message: message(json.error_description) };
  if (json.response === "error" && str(json.cause)) return { code: str(json.cause)!, message: message(json.localized_message) };
  return null;
}
