import { describe, expect, it } from "vitest";
import { productOf, refuse, type ProductId, type Refusal } from "./product-errors";

// Each product refuses in its own shape (sources in crm-errors.ts, books-errors.ts, desk-errors.ts,
// mail-errors.ts; docs/zoho.md, "Zoho's product APIs").
const CRM = (code: string, message: string) => ({ code, details: {}, message, status: "error" });
const TABLE: [ProductId, Refusal, number, object][] = [
  ["crm", "missingToken", 401, CRM("AUTHENTICATION_FAILURE", "Authentication failed")],
  ["crm", "invalidToken", 401, CRM("INVALID_TOKEN", "invalid oauth token")],
  ["crm", "scopeMismatch", 401, CRM("OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL")],
  ["crm", "notFound", 404, CRM("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")],
  ["crm", "rateLimited", 429, CRM("TOO_MANY_REQUESTS", "too many requests. please try again after some time")],
  ["bigin", "invalidToken", 401, CRM("INVALID_TOKEN", "invalid oauth token")],
  ["books", "invalidToken", 401, { code: 14, message: expect.stringContaining("could not be authenticated") }],
  ["books", "missingToken", 401, { code: 14, message: expect.any(String) }],
  ["books", "scopeMismatch", 401, { code: 57, message: "You are not authorized to perform this operation" }],
  ["books", "notFound", 404, { code: 5, message: "Invalid URL Passed" }],
  ["books", "rateLimited", 429, { code: 44, message: expect.any(String) }],
  ["desk", "missingToken", 401, { errorCode: "UNAUTHORIZED", message: expect.any(String) }],
  ["desk", "invalidToken", 401, { errorCode: "INVALID_OAUTH", message: "The OAuth Token you provided is invalid." }],
  ["desk", "scopeMismatch", 403, { errorCode: "SCOPE_MISMATCH", message: expect.any(String) }],
  ["desk", "notFound", 404, { errorCode: "URL_NOT_FOUND", message: expect.any(String) }],
  ["desk", "rateLimited", 429, { errorCode: "TOO_MANY_REQUESTS", message: expect.any(String) }],
  [
    "mail",
    "missingToken",
    400,
    { data: { errorCode: "INVALID_TICKET", moreInfo: "Invalid ticket" }, status: { code: 400, description: "Invalid Input" } },
  ],
  ["mail", "invalidToken", 401, { data: { errorCode: "INVALID_OAUTHTOKEN" }, status: { code: 401, description: "Invalid Access" } }],
  ["mail", "scopeMismatch", 401, { data: { errorCode: "INVALID_OAUTHSCOPE" }, status: { code: 401, description: "Invalid Access" } }],
  ["mail", "notFound", 404, { data: { errorCode: "URL_RULE_NOT_CONFIGURED" }, status: { code: 404, description: "Invalid Input" } }],
  ["mail", "rateLimited", 429, { data: { errorCode: "TOO_MANY_REQUESTS" }, status: { code: 429, description: expect.any(String) } }],
];

describe("refuse", () => {
  it.each(TABLE)("%s %s: HTTP %i in its own shape", async (product, refusal, status, body) => {
    const response = refuse(product, refusal);
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual(body);
  });
});

describe("productOf", () => {
  it.each([
    [["crm", "v8", "users"], "crm"],
    [["books", "v3", "organizations"], "books"],
    [["desk", "api", "v1", "organizations"], "desk"],
    [["mail", "api", "accounts"], "mail"],
    [["bigin", "v2", "users"], "bigin"],
    [["nothing"], "crm"],
    [[], "crm"],
  ])("%j belongs to %s", (segments, product) => {
    expect(productOf(segments)).toBe(product);
  });
});
