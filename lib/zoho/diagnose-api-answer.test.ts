import { describe, expect, it } from "vitest";
import { crmErrorBody } from "@/lib/sandbox/api/crm-errors";
import { TOO_MANY_REQUESTS } from "@/lib/sandbox/answers";
import { DIAGNOSES, diagnoseApiAnswer, type Diagnosis, type DiagnosisContext } from "./diagnose-api-answer";
import type { ApiAnswer } from "./send-api-request";

// The diagnosis table, one row each (sources in diagnose-api-answer.ts and read-api-error.ts).
const CONTEXT: DiagnosisContext = {
  grantLocation: "eu",
  calledLocation: "eu",
  grantScopes: ["ZohoCRM.users.READ", "ZohoCRM.org.READ"],
  neededScopes: ["ZohoCRM.modules.leads.READ"],
  retried: false,
  provider: "ZOHO",
};
type Answered = Extract<ApiAnswer, { ok: true }>;
const json = (status: number, body: unknown, headers: [string, string][] = []): Answered => ({
  ok: true,
  status,
  headers: [["content-type", "application/json;charset=UTF-8"], ...headers],
  body: JSON.stringify(body),
  truncated: false,
  bytes: 10,
  durationMs: 120,
});
const failed = (error: "timeout" | "unreachable" | "private_address", description: string): ApiAnswer => ({
  ok: false,
  error,
  description,
  durationMs: 15_000,
});

type Expect = Partial<Omit<Diagnosis, "explanation" | "fix">> & { explanation?: RegExp; fix?: RegExp };
const rows: [string, ApiAnswer, Partial<DiagnosisContext>, Expect][] = [
  [
    "INVALID_TOKEN from another DC's host (an EU grant calling the US host)",
    json(401, crmErrorBody("INVALID_TOKEN")),
    { calledLocation: "us" },
    {
      code: "INVALID_TOKEN_OTHER_DC",
      zohoCode: "INVALID_TOKEN",
      explanation: /host in United States \(us\), but this grant was issued in Europe \(eu\)/,
      fix: /grant's own API domain/,
      next: undefined,
    },
  ],
  [
    "INVALID_TOKEN, not yet retried: evicted by the 15-token cap or expired → refresh and retry once",
    json(401, crmErrorBody("INVALID_TOKEN")),
    {},
    {
      code: "INVALID_TOKEN_REFRESH",
      explanation: /at most 15 active access tokens per refresh token/,
      next: { kind: "refresh-and-retry" },
    },
  ],
  [
    "INVALID_OAUTHTOKEN (Mail) after the retry: revoked → authorize again",
    json(401, { data: { errorCode: "INVALID_OAUTHTOKEN" }, status: { code: 401, description: "Invalid Access" } }),
    { retried: true },
    { code: "INVALID_TOKEN_REVOKED", zohoCode: "INVALID_OAUTHTOKEN", explanation: /revoked/, next: { kind: "reauthorize", addScopes: [] } },
  ],
  [
    "OAUTH_SCOPE_MISMATCH names the missing scope and re-authorizes with it",
    json(401, crmErrorBody("OAUTH_SCOPE_MISMATCH")),
    {},
    {
      code: "OAUTH_SCOPE_MISMATCH",
      explanation: /not granted ZohoCRM\.modules\.leads\.READ/,
      fix: /Authorize again with ZohoCRM\.modules\.leads\.READ added/,
      next: { kind: "reauthorize", addScopes: ["ZohoCRM.modules.leads.READ"] },
    },
  ],
  [
    "INVALID_URL_PATTERN",
    json(404, crmErrorBody("INVALID_URL_PATTERN")),
    {},
    { code: "INVALID_URL_PATTERN", explanation: /INVALID_URL_PATTERN \("Please check if the URL/, fix: /API version/ },
  ],
  [
    "AUTHENTICATION_FAILURE",
    json(401, crmErrorBody("AUTHENTICATION_FAILURE")),
    {},
    { code: "AUTHENTICATION_FAILURE", fix: /removes the header/ },
  ],
  [
    "429 TOO_MANY_REQUESTS with Retry-After and X-RATELIMIT-* headers",
    json(429, { code: "TOO_MANY_REQUESTS", details: {}, message: "too many requests", status: "error" }, [
      ["retry-after", "30"],
      ["x-ratelimit-remaining", "0"],
    ]),
    {},
    { code: "RATE_LIMITED", explanation: /retry-after: 30; x-ratelimit-remaining: 0/, fix: /^Wait 30 s/ },
  ],
  [
    "NO_ORG (Desk's OAUTH_ORG_MISMATCH)",
    json(400, { errorCode: "OAUTH_ORG_MISMATCH", message: "x" }),
    {},
    { code: "NO_ORG", fix: /organization_id/ },
  ],
  [
    "NO_PERMISSION (CRM)",
    json(403, { code: "NO_PERMISSION", message: "permission denied", status: "error" }),
    {},
    { code: "NO_PERMISSION", fix: /administrator/ },
  ],
  [
    "a 5xx",
    { ...json(503, {}), headers: [["content-type", "text/html"]], body: "<html>" },
    {},
    { code: "SERVER_ERROR", zohoCode: "HTTP_503" },
  ],
  [
    "a 3xx is not followed, its Location shown",
    { ...json(302, {}), headers: [["location", "https://accounts.zoho.com/signin"]], body: "" },
    {},
    { code: "REDIRECT", zohoCode: null, explanation: /HTTP 302 pointing to https:\/\/accounts\.zoho\.com\/signin/ },
  ],
  [
    "a timeout",
    failed("timeout", "No complete answer within 15 s."),
    {},
    { code: "TIMEOUT", explanation: /No complete answer within 15 s/ },
  ],
  [
    "unreachable",
    failed("unreachable", "www.zohoapis.eu could not be reached: its name does not resolve (DNS) (ENOTFOUND)."),
    {},
    { code: "UNREACHABLE", explanation: /ENOTFOUND/, fix: /DNS/ },
  ],
  [
    "a private address",
    failed("private_address", "www.zohoapis.eu resolves to 10.0.0.5 (private), a non-public address: the console never calls one."),
    {},
    { code: "PRIVATE_ADDRESS", explanation: /10\.0\.0\.5/ },
  ],
  [
    "a truncated body",
    { ...json(200, { data: [] }), truncated: true, body: '{"data":[{"id":"1"},' },
    {},
    { code: "TRUNCATED", fix: /per_page/ },
  ],
  [
    "any other Zoho error",
    json(400, { code: "INVALID_DATA", message: "invalid data", details: {}, status: "error" }),
    {},
    { code: "API_ERROR", explanation: /INVALID_DATA \("invalid data"\), HTTP 400/ },
  ],
];

describe("diagnoseApiAnswer", () => {
  it.each(rows)("%s", (_, answer, context, expected) => {
    const diagnosis = diagnoseApiAnswer(answer, { ...CONTEXT, ...context });
    expect(diagnosis).not.toBeNull();
    const { explanation, fix, next, ...fields } = expected;
    expect(diagnosis).toMatchObject(fields);
    if ("next" in expected) expect(diagnosis!.next).toEqual(next);
    if (explanation) expect(diagnosis!.explanation).toMatch(explanation);
    if (fix) expect(diagnosis!.fix).toMatch(fix);
    expect(diagnosis!.title).toBe(DIAGNOSES[diagnosis!.code as keyof typeof DIAGNOSES].title);
  });

  it("covers every row of the table", () => {
    const covered = new Set(rows.map(([, answer, context]) => diagnoseApiAnswer(answer, { ...CONTEXT, ...context })!.code));
    expect([...covered].sort()).toEqual(Object.keys(DIAGNOSES).sort());
  });

  it("a plain success has no diagnosis", () => {
    expect(diagnoseApiAnswer(json(200, { users: [{ id: "1" }] }), CONTEXT)).toBeNull();
    expect(diagnoseApiAnswer({ ...json(204, {}), body: "" }, CONTEXT)).toBeNull();
  });

  it("OAUTH_SCOPE_MISMATCH when every listed scope is held: says so, adds nothing", () => {
    const diagnosis = diagnoseApiAnswer(json(401, crmErrorBody("OAUTH_SCOPE_MISMATCH")), {
      ...CONTEXT,
      grantScopes: ["ZohoCRM.modules.ALL"],
    });
    expect(diagnosis).toMatchObject({ code: "OAUTH_SCOPE_MISMATCH", next: { kind: "reauthorize", addScopes: [] } });
    expect(diagnosis!.explanation).toMatch(/are all granted/);
  });

  it("the accounts server's throttle is a rate limit, and a sandbox grant is named as the sandbox", () => {
    const diagnosis = diagnoseApiAnswer(json(400, TOO_MANY_REQUESTS), { ...CONTEXT, provider: "SANDBOX" });
    expect(diagnosis).toMatchObject({ code: "RATE_LIMITED", zohoCode: "ACCESS_DENIED_THROTTLE" });
    expect(diagnosis!.explanation).toMatch(/^The sandbox answered/);
    expect(diagnosis!.fix).toMatch(/^Wait a minute/);
  });

  it("INVALID_TOKEN with an unknown called location falls back to the refresh path", () => {
    expect(diagnoseApiAnswer(json(401, crmErrorBody("INVALID_TOKEN")), { ...CONTEXT, calledLocation: null })?.code).toBe(
      "INVALID_TOKEN_REFRESH",
    );
  });
});
