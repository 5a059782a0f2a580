import { describe, expect, it } from "vitest";
import { crmErrorBody } from "@/lib/sandbox/api/crm-errors";
import { TOO_MANY_REQUESTS, TOO_MANY_REQUESTS_ZH } from "@/lib/sandbox/answers";
import { readApiError, type ApiError } from "./read-api-error";

// Each product's error shape, as Zoho documents it or other clients have recorded it (sources in
// read-api-error.ts); the sandbox's own answers are read through the same rows.
const JSON_TYPE = "application/json;charset=UTF-8";
const rows: [string, number, unknown, ApiError][] = [
  [
    "CRM INVALID_TOKEN (the sandbox's own body)",
    401,
    crmErrorBody("INVALID_TOKEN"),
    { code: "INVALID_TOKEN", message: "invalid oauth token", kind: "invalid-token" },
  ],
  [
    "CRM OAUTH_SCOPE_MISMATCH",
    401,
    crmErrorBody("OAUTH_SCOPE_MISMATCH"),
    { code: "OAUTH_SCOPE_MISMATCH", message: "invalid oauth scope to access this URL", kind: "scope-mismatch" },
  ],
  [
    "CRM AUTHENTICATION_FAILURE",
    401,
    crmErrorBody("AUTHENTICATION_FAILURE"),
    { code: "AUTHENTICATION_FAILURE", message: "Authentication failed", kind: "authentication-failure" },
  ],
  [
    "CRM INVALID_URL_PATTERN",
    404,
    crmErrorBody("INVALID_URL_PATTERN"),
    { code: "INVALID_URL_PATTERN", message: "Please check if the URL trying to access is a correct one", kind: "invalid-url" },
  ],
  [
    "CRM TOO_MANY_REQUESTS (Kaizen #203)",
    429,
    { code: "TOO_MANY_REQUESTS", details: {}, message: "too many requests. please try again after some time", status: "error" },
    { code: "TOO_MANY_REQUESTS", message: "too many requests. please try again after some time", kind: "rate-limit" },
  ],
  [
    "CRM NO_PERMISSION (SDK record api_exception)",
    403,
    { code: "NO_PERMISSION", details: {}, message: "permission denied", status: "error" },
    { code: "NO_PERMISSION", message: "permission denied", kind: "no-permission" },
  ],
  [
    "CRM INTERNAL_ERROR",
    500,
    { code: "INTERNAL_ERROR", details: {}, message: "Internal Server Error", status: "error" },
    { code: "INTERNAL_ERROR", message: "Internal Server Error", kind: "server-error" },
  ],
  [
    "CRM per-record error in data[] (HTTP 400)",
    400,
    { data: [{ code: "MANDATORY_NOT_FOUND", details: { api_name: "Last_Name" }, message: "required field not found", status: "error" }] },
    { code: "MANDATORY_NOT_FOUND", message: "required field not found", kind: "other" },
  ],
  [
    "CRM per-record error in a 207",
    207,
    {
      data: [
        { code: "SUCCESS", status: "success" },
        { code: "INVALID_DATA", message: "invalid data", status: "error" },
      ],
    },
    { code: "INVALID_DATA", message: "invalid data", kind: "other" },
  ],
  [
    "Desk INVALID_OAUTH",
    401,
    { errorCode: "INVALID_OAUTH", message: "The OAuth Token you provided is invalid." },
    { code: "INVALID_OAUTH", message: "The OAuth Token you provided is invalid.", kind: "invalid-token" },
  ],
  [
    "Desk SCOPE_MISMATCH",
    403,
    { errorCode: "SCOPE_MISMATCH", message: "x" },
    { code: "SCOPE_MISMATCH", message: "x", kind: "scope-mismatch" },
  ],
  [
    "Desk UNAUTHORIZED",
    401,
    { errorCode: "UNAUTHORIZED", message: "x" },
    { code: "UNAUTHORIZED", message: "x", kind: "authentication-failure" },
  ],
  ["Desk URL_NOT_FOUND", 404, { errorCode: "URL_NOT_FOUND", message: "x" }, { code: "URL_NOT_FOUND", message: "x", kind: "invalid-url" }],
  [
    "Desk OAUTH_ORG_MISMATCH",
    400,
    { errorCode: "OAUTH_ORG_MISMATCH", message: "x" },
    { code: "OAUTH_ORG_MISMATCH", message: "x", kind: "no-org" },
  ],
  ["Desk FORBIDDEN", 403, { errorCode: "FORBIDDEN", message: "x" }, { code: "FORBIDDEN", message: "x", kind: "no-permission" }],
  [
    "Desk TOO_MANY_REQUESTS",
    429,
    { errorCode: "TOO_MANY_REQUESTS", message: "x" },
    { code: "TOO_MANY_REQUESTS", message: "x", kind: "rate-limit" },
  ],
  [
    "Mail INVALID_OAUTHTOKEN",
    401,
    { data: { errorCode: "INVALID_OAUTHTOKEN" }, status: { code: 401, description: "Invalid Access" } },
    { code: "INVALID_OAUTHTOKEN", message: "Invalid Access", kind: "invalid-token" },
  ],
  [
    "Mail INVALID_OAUTHSCOPE",
    401,
    { data: { errorCode: "INVALID_OAUTHSCOPE" }, status: { code: 401, description: "Invalid Access" } },
    { code: "INVALID_OAUTHSCOPE", message: "Invalid Access", kind: "scope-mismatch" },
  ],
  [
    "Mail INVALID_TICKET (no token)",
    400,
    { data: { errorCode: "INVALID_TICKET", moreInfo: "Invalid ticket" }, status: { code: 400, description: "Invalid Input" } },
    { code: "INVALID_TICKET", message: "Invalid ticket", kind: "authentication-failure" },
  ],
  [
    "Mail URL_RULE_NOT_CONFIGURED",
    404,
    { data: { errorCode: "URL_RULE_NOT_CONFIGURED" }, status: { code: 404, description: "Invalid Input" } },
    { code: "URL_RULE_NOT_CONFIGURED", message: "Invalid Input", kind: "invalid-url" },
  ],
  [
    "Mail status only",
    500,
    { data: {}, status: { code: 500, description: "Internal Error" } },
    { code: "HTTP_500", message: "Internal Error", kind: "server-error" },
  ],
  [
    "Books code 14 with 401",
    401,
    { code: 14, message: "invalid authentication value" },
    { code: "14", message: "invalid authentication value", kind: "invalid-token" },
  ],
  [
    "Books code 57 with 401",
    401,
    { code: 57, message: "You are not authorized to perform this operation" },
    { code: "57", message: "You are not authorized to perform this operation", kind: "scope-mismatch" },
  ],
  [
    "Books code 1002",
    404,
    { code: 1002, message: "Invoice does not exist." },
    { code: "1002", message: "Invoice does not exist.", kind: "other" },
  ],
  [
    "Books/Inventory 6024: several organizations",
    400,
    { code: 6024, message: "This user belongs to multiple organizations, hence the parameter CompanyID/CompanyName is required" },
    {
      code: "6024",
      message: "This user belongs to multiple organizations, hence the parameter CompanyID/CompanyName is required",
      kind: "no-org",
    },
  ],
  [
    "WorkDrive F7003 with HTTP 500",
    500,
    { errors: [{ id: "F7003", title: "Invalid OAuth token." }] },
    { code: "F7003", message: "Invalid OAuth token.", kind: "invalid-token" },
  ],
  [
    "WorkDrive F7007",
    401,
    { errors: [{ id: "F7007", title: "Invalid OAuth scope." }] },
    { code: "F7007", message: "Invalid OAuth scope.", kind: "scope-mismatch" },
  ],
  [
    "Projects v3 INVALID_OAUTHTOKEN",
    401,
    { error: { status_code: "401", title: "INVALID_OAUTHTOKEN", details: [{ message: "Invalid OAuth access token." }] } },
    { code: "INVALID_OAUTHTOKEN", message: "Invalid OAuth access token.", kind: "invalid-token" },
  ],
  ["Projects v1 6401", 401, { error: { code: 6401, message: "Unauthorized" } }, { code: "6401", message: "Unauthorized", kind: "other" }],
  [
    "Social INVALID_OAUTHTOKEN",
    401,
    { error: { code: 401, requestURI: "/social/v2/users", message: "INVALID_OAUTHTOKEN" } },
    { code: "INVALID_OAUTHTOKEN", message: "", kind: "invalid-token" },
  ],
  [
    "Bigin (CRM-shaped)",
    401,
    crmErrorBody("INVALID_TOKEN"),
    { code: "INVALID_TOKEN", message: "invalid oauth token", kind: "invalid-token" },
  ],
  [
    "accounts: invalid_oauthtoken",
    401,
    { error: "invalid_oauthtoken" },
    { code: "invalid_oauthtoken", message: "", kind: "invalid-token" },
  ],
  [
    "accounts: invalid_oauthscope",
    401,
    { error: "invalid_oauthscope" },
    { code: "invalid_oauthscope", message: "", kind: "scope-mismatch" },
  ],
  [
    "accounts: response error with a cause",
    401,
    { response: "error", cause: "INVALID_OAUTHTOKEN" },
    { code: "INVALID_OAUTHTOKEN", message: "", kind: "invalid-token" },
  ],
  ["accounts: no_org", 200, { error: "no_org" }, { code: "no_org", message: "", kind: "no-org" }],
  [
    "accounts: the throttle (sandbox's English answer, HTTP 400)",
    400,
    TOO_MANY_REQUESTS,
    { code: "ACCESS_DENIED_THROTTLE", message: TOO_MANY_REQUESTS.error_description, kind: "rate-limit" },
  ],
  [
    "accounts: the throttle, localized",
    400,
    TOO_MANY_REQUESTS_ZH,
    { code: "ACCESS_DENIED_THROTTLE", message: TOO_MANY_REQUESTS_ZH.error_description, kind: "rate-limit" },
  ],
  ["a bare 429", 429, "", { code: "HTTP_429", message: "", kind: "rate-limit" }],
  ["a bare 502 (HTML)", 502, "<html>Bad Gateway</html>", { code: "HTTP_502", message: "", kind: "server-error" }],
  ["a truncated JSON 404", 404, '{"code":"INVALID_URL_PATT', { code: "HTTP_404", message: "", kind: "other" }],
];

describe("readApiError", () => {
  it.each(rows)("%s", (_, status, body, expected) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    expect(readApiError(status, text, typeof body === "string" ? "text/html" : JSON_TYPE)).toEqual(expected);
  });

  it.each([
    ["a CRM list", 200, { data: [{ id: "1" }], info: { more_records: false } }],
    ["a CRM create", 201, { data: [{ code: "SUCCESS", status: "success", message: "record added" }] }],
    ["CRM's empty 204", 204, ""],
    ["Books success", 200, { code: 0, message: "success", organizations: [] }],
    ["Mail success", 200, { status: { code: 200, description: "success" }, data: [] }],
    ["a profile", 200, { ZUID: 1, Email: "a@example.com" }],
    ["a redirect", 302, ""],
  ])("a success is no error: %s", (_, status, body) => {
    expect(readApiError(status, typeof body === "string" ? body : JSON.stringify(body), JSON_TYPE)).toBeNull();
  });

  it("reads JSON sent as text/plain, and caps long codes and messages", () => {
    expect(readApiError(401, JSON.stringify(crmErrorBody("INVALID_TOKEN")), "text/plain")?.code).toBe("INVALID_TOKEN");
    const long = readApiError(400, JSON.stringify({ errorCode: "X".repeat(300), message: "m".repeat(900) }), JSON_TYPE)!;
    expect([long.code.length, long.message.length]).toEqual([100, 500]);
  });
});
