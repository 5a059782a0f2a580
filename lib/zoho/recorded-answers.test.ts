import { describe, expect, it } from "vitest";
import { API_ERRORS, REVOKE_ANSWERS, TOKEN_ERRORS, TOKEN_SUCCESSES, USER_INFO_ANSWERS } from "@/test/fixtures/zoho-answers";
import { crmErrorBody } from "@/lib/sandbox/api/crm-errors";
import { TOO_MANY_REQUESTS, TOO_MANY_REQUESTS_ZH } from "@/lib/sandbox/answers";
import { normaliseTokenAnswer } from "./normalise-token-answer";
import { readApiError } from "./read-api-error";
import { readRevokeAnswer } from "./read-revoke-answer";
import { readUserInfoAnswer } from "./read-user-info-answer";

// The console's parsers over Zoho's answers as recorded in test/fixtures/zoho-answers.ts; each row
// names where its shape comes from.
const rows = <T extends { name: string; source: string }>(table: Record<string, T>) =>
  Object.values(table).map((r) => [`${r.name} — ${r.source}`, r] as const);

describe("token endpoint: successes", () => {
  it.each(rows(TOKEN_SUCCESSES))("%s", (_, r) => {
    const answer = normaliseTokenAnswer(r.status, r.body);
    expect(answer).toMatchObject({ ok: true, accessToken: r.body.access_token, expiresInSeconds: 3600, tokenType: "Bearer" });
    if (answer.ok) {
      expect(answer.refreshToken).toBe("refresh_token" in r.body ? r.body.refresh_token : null);
      expect(answer.apiDomain).toBe("api_domain" in r.body ? r.body.api_domain : null);
    }
  });
});

describe("token endpoint: refusals, the throttle recognised in any language and with either status", () => {
  it.each(rows(TOKEN_ERRORS))("%s", (_, r) => {
    const answer = normaliseTokenAnswer(r.status, r.body);
    expect(answer).toMatchObject({ ok: false, error: r.body.error, status: r.status });
    expect(!answer.ok && answer.rateLimited === true).toBe(r.rateLimited);
  });
});

describe("revoke endpoint", () => {
  it.each(rows(REVOKE_ANSWERS))("%s", (_, r) => {
    expect(readRevokeAnswer(r.status, r.body).outcome).toBe(r.outcome);
  });
});

describe("user info", () => {
  it.each(rows(USER_INFO_ANSWERS))("%s", (_, r) => {
    expect(readUserInfoAnswer(r.body)).toEqual(r.expected);
  });
});

describe("product API errors", () => {
  it.each(rows(API_ERRORS))("%s", (_, r) => {
    expect(readApiError(r.status, JSON.stringify(r.body), "application/json;charset=UTF-8")?.kind).toBe(r.kind);
  });

  it("a success is no error", () => {
    expect(readApiError(200, JSON.stringify({ users: [] }), "application/json")).toBeNull();
  });
});

describe("the sandbox answers in the recorded shapes", () => {
  it("its throttle answers are the recorded English and localized ones", () => {
    expect(TOO_MANY_REQUESTS).toEqual(TOKEN_ERRORS.throttled.body);
    expect(TOO_MANY_REQUESTS_ZH).toEqual(TOKEN_ERRORS.throttledLocalized.body);
  });

  it("its CRM errors are the recorded ones", () => {
    expect(crmErrorBody("INVALID_TOKEN")).toEqual(API_ERRORS.invalidToken.body);
    expect(crmErrorBody("OAUTH_SCOPE_MISMATCH")).toEqual(API_ERRORS.scopeMismatch.body);
    expect(crmErrorBody("AUTHENTICATION_FAILURE")).toEqual(API_ERRORS.noToken.body);
    expect(crmErrorBody("INVALID_URL_PATTERN")).toEqual(API_ERRORS.wrongUrl.body);
  });
});
