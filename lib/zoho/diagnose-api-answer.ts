import { dataCentreLabel } from "@/lib/data-centres/current-data-centres";
import { missingScopes } from "./missing-scopes";
import { readApiError, type ApiError } from "./read-api-error";
import type { ApiAnswer } from "./send-api-request";

// What a runner answer means, in plain words, with the fix: ONE table, a row per diagnosis. Sources:
//  - INVALID_TOKEN: tokens are "environment-specific and domain-specific" (zoho/zohocrm-nodejs-sdk-8.0
//    README.md), so another DC's host refuses them; at most 15 active access tokens per refresh token, the
//    16th invalidating the oldest, and 1 h lifetime (docs/zoho.md, Corrections and "Limits"); revoking a
//    refresh token kills its access tokens (docs/zoho.md, "Revoke"); status 401 (Kaizen #25,
//    https://help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling).
//  - OAUTH_SCOPE_MISMATCH, INVALID_URL_PATTERN, AUTHENTICATION_FAILURE, NO_PERMISSION: zoho/zohocrm-nodejs-sdk-8.0
//    lib/config/json_details.json (record/api_exception) and Kaizen #25; Desk's SCOPE_MISMATCH, URL_NOT_FOUND,
//    OAUTH_ORG_MISMATCH, FORBIDDEN (https://desk.zoho.com/DeskAPIDocument, "Errors").
//  - Rate limits: CRM's TOO_MANY_REQUESTS past its concurrency limits and its 24-hour API credits (Kaizen #203,
//    https://help.zoho.com/portal/en/community/topic/kaizen-203-answering-your-questions-handling-api-limits-and-error-responses);
//    HTTP 429 (https://www.zoho.com/books/api/v3/errors/); the accounts server's throttle (docs/zoho.md, Corrections).
//  - no_org (docs/zoho.md, Corrections); Books' organization_id "should be sent in with every API request"
//    (https://www.zoho.com/books/api/v3/introduction/); Desk's orgId header (https://desk.zoho.com/DeskAPIDocument).

export type DiagnosisContext = {
  grantLocation: string;
  calledLocation: string | null;
  grantScopes: string[];
  neededScopes: string[];
  retried: boolean;
  provider: "ZOHO" | "SANDBOX";
};
export type DiagnosisNext = { kind: "reauthorize"; addScopes: string[] } | { kind: "refresh-and-retry" };
export type Diagnosis = { code: string; title: string; explanation: string; fix: string; next?: DiagnosisNext; zohoCode: string | null };

type Facts = { answer: ApiAnswer; context: DiagnosisContext; error: ApiError | null; missing: string[]; said: string };
type Row = { title: string; explanation: (f: Facts) => string; fix: (f: Facts) => string; next?: (f: Facts) => DiagnosisNext };

const dc = (location: string | null) => (location ? `${dataCentreLabel(location)} (${location})` : "an unknown data centre");
const zoho = (f: Facts) => (f.context.provider === "SANDBOX" ? "The sandbox" : "Zoho");
const header = (f: Facts, name: string) => (f.answer.ok ? f.answer.headers.find(([n]) => n.toLowerCase() === name)?.[1] : undefined);

export const DIAGNOSES = {
  INVALID_TOKEN_OTHER_DC: {
    title: "The token was sent to another data centre's host",
    explanation: (f) =>
      `${zoho(f)} answered ${f.said} from a host in ${dc(f.context.calledLocation)}, but this grant was issued in ${dc(f.context.grantLocation)}. An access token only works in the data centre that issued it.`,
    fix: () => "Call the grant's own API domain (the api_domain Zoho answered with the token), not another data centre's host.",
  },
  INVALID_TOKEN_REFRESH: {
    title: "The access token is no longer valid",
    explanation: (f) =>
      `${zoho(f)} answered ${f.said}. The token has expired (they live one hour), or Zoho evicted it: it keeps at most 15 active access tokens per refresh token, and a 16th invalidates the oldest.`,
    fix: () => "Drop the cached token, get a fresh one with the refresh token, and send the request once more.",
    next: () => ({ kind: "refresh-and-retry" }),
  },
  INVALID_TOKEN_REVOKED: {
    title: "Even a fresh access token is refused",
    explanation: (f) =>
      `${zoho(f)} answered ${f.said} again with a newly refreshed token: the grant was most likely revoked at Zoho, or its refresh token is no longer valid (a user may hold at most 20 per client; the oldest is deleted).`,
    fix: () => "Authorize again to get a new grant; revoked grants cannot be revived.",
    next: () => ({ kind: "reauthorize", addScopes: [] }),
  },
  OAUTH_SCOPE_MISMATCH: {
    title: "The grant lacks a scope this call needs",
    explanation: (f) =>
      f.missing.length > 0
        ? `${zoho(f)} answered ${f.said}: the token was not granted ${f.missing.join(", ")}, which this call needs.`
        : `${zoho(f)} answered ${f.said}: the token lacks a scope for this URL. The scopes listed for the call are all granted, so it needs one more; look it up on the API's own page.`,
    fix: (f) =>
      f.missing.length > 0
        ? `Authorize again with ${f.missing.join(", ")} added to the scopes. Scopes cannot be added to an existing token.`
        : "Authorize again with the scope the API's page names for this URL.",
    next: (f) => ({ kind: "reauthorize", addScopes: f.missing }),
  },
  INVALID_URL_PATTERN: {
    title: "No API answers at this path",
    explanation: (f) => `${zoho(f)} answered ${f.said}: nothing answers at this path on this host.`,
    fix: () =>
      "Check the path: the API version (e.g. /crm/v8/), the spelling and case of the module's API name (Leads, not leads), and that the base is the product's host.",
  },
  AUTHENTICATION_FAILURE: {
    title: "No access token reached the API",
    explanation: (f) => `${zoho(f)} answered ${f.said}: it did not see an access token in the request.`,
    fix: () =>
      "The console always sends Authorization: Zoho-oauthtoken …; if this repeats, something between the console and Zoho removes the header.",
  },
  RATE_LIMITED: {
    title: "Too many requests",
    explanation: (f) => {
      const limits = f.answer.ok ? f.answer.headers.filter(([n]) => /^(retry-after|x-ratelimit-.*)$/i.test(n)) : [];
      const shown = limits.length ? ` It said: ${limits.map(([n, v]) => `${n}: ${v}`).join("; ")}.` : "";
      return `${zoho(f)} answered ${f.said}: it limits how many calls run at once and how many API credits a day an organization has.${shown}`;
    },
    fix: (f) => {
      const wait = header(f, "retry-after");
      return `${wait ? `Wait ${/^\d+$/.test(wait) ? `${wait} s` : `until ${wait}`}` : "Wait a minute"} before sending again, and avoid calls in parallel.`;
    },
  },
  NO_ORG: {
    title: "No organization for this call",
    explanation: (f) =>
      `${zoho(f)} answered ${f.said}: the user has no organization in this product, belongs to several and none was named, or the token was made for another organization.`,
    fix: () =>
      "Name the organization: Books takes organization_id in the query, Desk an orgId header (both from GET …/organizations). If the user has none, create one in the product first, then authorize again choosing it.",
  },
  NO_PERMISSION: {
    title: "The user may not do this in the product",
    explanation: (f) =>
      `${zoho(f)} answered ${f.said}: the token's scopes allow the call, but the signed-in user's role or profile in the product does not.`,
    fix: () => "Ask the product's administrator for the permission, or authorize as a user who has it.",
  },
  SERVER_ERROR: {
    title: "Zoho had an internal error",
    explanation: (f) => `${zoho(f)} answered ${f.said}: the failure is on its side, not in the request.`,
    fix: () => "Send the request again later; if it keeps failing, check the request body against the API's page.",
  },
  REDIRECT: {
    title: "A redirect, not followed",
    explanation: (f) => {
      const to = header(f, "location");
      return `${zoho(f)} answered HTTP ${f.answer.ok ? f.answer.status : ""}${to ? ` pointing to ${to}` : ""}. The console never follows redirects, so the token is only ever sent to the grant's own hosts.`;
    },
    fix: () => "Check the base and path: a redirect usually means the address is outdated or belongs to another host.",
  },
  TIMEOUT: {
    title: "No answer in time",
    explanation: (f) => `${f.answer.ok ? "" : f.answer.description} The console waits at most 15 seconds for a complete answer.`,
    fix: () => "Send it again; for large results ask for fewer records per page.",
  },
  UNREACHABLE: {
    title: "The host could not be reached",
    explanation: (f) => (f.answer.ok ? "" : f.answer.description),
    fix: () => "Check the console's network access to Zoho (DNS, firewall, proxy) and try again.",
  },
  PRIVATE_ADDRESS: {
    title: "Refused: a private address",
    explanation: (f) => `${f.answer.ok ? "" : f.answer.description} The console only calls public addresses.`,
    fix: () => "The host's DNS answer points inside a private network; check the resolver this console uses.",
  },
  TRUNCATED: {
    title: "The answer was cut at 5 MB",
    explanation: () => "The body was larger than 5 MB: the console stopped reading there, so JSON in it will not parse.",
    fix: () => "Ask for less: fewer fields, fewer records per page (per_page), or a narrower query.",
  },
  API_ERROR: {
    title: "Zoho refused the request",
    explanation: (f) => `${zoho(f)} answered ${f.said}.`,
    fix: () => "Read the message above and check the request against the API's page.",
  },
} satisfies Record<string, Row>;

export type DiagnosisCode = keyof typeof DIAGNOSES;

/** The diagnosis of an answer, or null for a plain success. */
export function diagnoseApiAnswer(answer: ApiAnswer, context: DiagnosisContext): Diagnosis | null {
  const error = answer.ok ? readApiError(answer.status, answer.body, contentTypeOf(answer)) : null;
  const code = pick(answer, context, error);
  if (!code) return null;
  const said = error ? `${error.code}${error.message ? ` ("${error.message}")` : ""}${answer.ok ? `, HTTP ${answer.status}` : ""}` : "";
  const facts: Facts = { answer, context, error, missing: missingScopes(context.neededScopes, context.grantScopes), said };
  const row: Row = DIAGNOSES[code];
  return {
    code,
    title: row.title,
    explanation: row.explanation(facts),
    fix: row.fix(facts),
    ...(row.next ? { next: row.next(facts) } : {}),
    zohoCode: error?.code ?? null,
  };
}

function pick(answer: ApiAnswer, context: DiagnosisContext, error: ApiError | null): DiagnosisCode | null {
  if (!answer.ok) return answer.error === "timeout" ? "TIMEOUT" : answer.error === "private_address" ? "PRIVATE_ADDRESS" : "UNREACHABLE";
  if (answer.status >= 300 && answer.status < 400 && !error) return "REDIRECT";
  if (!error) return answer.truncated ? "TRUNCATED" : null;
  switch (error.kind) {
    case "invalid-token":
      if (context.calledLocation && context.calledLocation !== context.grantLocation) return "INVALID_TOKEN_OTHER_DC";
      return context.retried ? "INVALID_TOKEN_REVOKED" : "INVALID_TOKEN_REFRESH";
    case "scope-mismatch":
      return "OAUTH_SCOPE_MISMATCH";
    case "authentication-failure":
      return "AUTHENTICATION_FAILURE";
    case "invalid-url":
      return "INVALID_URL_PATTERN";
    case "rate-limit":
      return "RATE_LIMITED";
    case "no-org":
      return "NO_ORG";
    case "no-permission":
      return "NO_PERMISSION";
    case "server-error":
      return "SERVER_ERROR";
    default:
      return "API_ERROR";
  }
}

const contentTypeOf = (answer: Extract<ApiAnswer, { ok: true }>) =>
  answer.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? null;
