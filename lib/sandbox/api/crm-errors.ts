// Zoho CRM's error answers (HTTP status, then {code, details, message, status:"error"}). Bigin, built on
// the same platform, answers the same way (https://www.bigin.com/developer/docs/apis/v2/).
// Sources, per code:
// - INVALID_TOKEN, OAUTH_SCOPE_MISMATCH, AUTHENTICATION_FAILURE, INVALID_URL_PATTERN: zoho/zohocrm-nodejs-sdk-8.0,
//   lib/config/json_details.json (users/api_exception, org/api_exception; messages "invalid oauth token", "invalid
//   oauth scope to access this URL", "Authentication failed", "Please check if the URL trying to access is a correct
//   one"); statuses from Kaizen #25 (401, 401, 401, 404),
//   https://help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling. A
//   recorded INVALID_TOKEN answer: https://pastebin.com/VkvZW1Vy.
// - INVALID_MODULE, REQUIRED_PARAM_MISSING, INVALID_DATA, LIMIT_EXCEEDED, INVALID_QUERY, MANDATORY_NOT_FOUND,
//   INVALID_REQUEST_METHOD: the same file's record/api_exception code list (detail keys resource_path_index, param,
//   api_name, json_path, expected_data_type, limit); HTTP 400 as Kaizen #25 gives for request errors.
// - REQUIRED_PARAM_MISSING for `fields`: "fields — mandatory when fetching all records" on the v3..v8 Get Records
//   pages, e.g. https://www.zoho.com/crm/developer/docs/api/v8/get-records.html.
// - DISCRETE_PAGINATION_LIMIT_EXCEEDED: past 2,000 records without page_token (Get Records v8, "page_token");
//   message as Zoho's clients record it.
// - SYNTAX_ERROR, INVALID_QUERY, LIMIT_EXCEEDED for COQL: https://www.zoho.com/crm/developer/docs/api/v8/COQL-Limitations.html
//   ("Each API call can retrieve a maximum of 2,000 records") and Kaizen #171 (SYNTAX error),
//   https://help.zoho.com/portal/en/community/topic/kaizen-171-faqs-on-coql-api.
// - TOO_MANY_REQUESTS (429): Kaizen #203, https://help.zoho.com/portal/en/community/topic/kaizen-203-answering-your-questions-handling-api-limits-and-error-responses
const ERRORS = {
  INVALID_TOKEN: [401, "invalid oauth token"],
  OAUTH_SCOPE_MISMATCH: [401, "invalid oauth scope to access this URL"],
  AUTHENTICATION_FAILURE: [401, "Authentication failed"],
  INVALID_URL_PATTERN: [404, "Please check if the URL trying to access is a correct one"],
  INVALID_MODULE: [400, "the module name given seems to be invalid"],
  REQUIRED_PARAM_MISSING: [400, "One of the expected parameter is missing"],
  INVALID_DATA: [400, "invalid data"],
  MANDATORY_NOT_FOUND: [400, "required field not found"],
  LIMIT_EXCEEDED: [400, "limit exceeded"],
  DISCRETE_PAGINATION_LIMIT_EXCEEDED: [400, "You can only get the first 2000 records without using page_token param."],
  SYNTAX_ERROR: [400, "error occurred while parsing the query"],
  INVALID_QUERY: [400, "Invalid query formed"],
  INVALID_REQUEST_METHOD: [400, "The http request method type is not a valid one"],
  TOO_MANY_REQUESTS: [429, "too many requests. please try again after some time"],
} as const;
export type CrmErrorCode = keyof typeof ERRORS;
export type CrmDetails = Record<string, string | number>;

export const crmErrorBody = (code: CrmErrorCode, details: CrmDetails = {}) => ({
  code,
  details,
  message: ERRORS[code][1],
  status: "error",
});

export const crmError = (code: CrmErrorCode, details?: CrmDetails) =>
  Response.json(crmErrorBody(code, details), { status: ERRORS[code][0], headers: { "cache-control": "no-store" } });
