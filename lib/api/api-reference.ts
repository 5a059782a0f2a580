import { PRODUCTS, productHostsFor } from "@/lib/zoho/product-hosts";
import type { ProblemType } from "./problem";

// What the read-only API answers, in one place: the OpenAPI document (lib/api/openapi.ts) and the
// console's API page are both built from it, so they cannot drift apart.
export const PROBLEM_BASE = "https://zoho-oauth-console.dev/problems/";
export const problemUri = (type: ProblemType) => `${PROBLEM_BASE}${type}`;

// Every problem `type` (exhaustive over lib/api/problem.ts; statuses match problem()) and when the
// key API answers with it; null: never from these endpoints.
export const PROBLEM_TYPES: Record<ProblemType, { status: number; when: string | null }> = {
  "bad-request": {
    status: 400,
    when: "The body of POST …/access-token/invalidate is not JSON; or the Host header is not one the console answers to (only with no APP_URL configured: the loopback names of its port).",
  },
  "rate-limited": { status: 429, when: null },
  unauthenticated: {
    status: 401,
    when: "No Authorization header, or the key is malformed, unknown, revoked or expired. Sent with WWW-Authenticate: Bearer.",
  },
  forbidden: { status: 403, when: "A browser request that changes state came from another origin (CSRF protection)." },
  "method-not-allowed": { status: 405, when: "Any method but GET or HEAD (POST only for …/access-token/invalidate). Sent with Allow." },
  "not-found": { status: 404, when: "The grant or client does not exist, belongs to another workspace, or is outside the key's grants." },
  conflict: { status: 409, when: null },
  "grant-revoked": { status: 410, when: "The grant was revoked in the console; authorize again for a new grant." },
  "grant-invalid": {
    status: 410,
    when: "Zoho refused the grant's refresh token (revoked at Zoho, or the user's limit pushed it out). Authorize again.",
  },
  "invalid-request": {
    status: 422,
    when: "A query parameter, or a field of the invalidate body, is unknown or malformed (e.g. accessToken is not shaped like Zoho's tokens); `errors` lists each one as {param, message}.",
  },
  internal: { status: 500, when: "A bug in the console. Safe to retry later." },
  unavailable: { status: 503, when: null },
  "zoho-unavailable": {
    status: 503,
    when: "Zoho did not answer or answered with an error, and no cached token is still valid. Retry after Retry-After seconds.",
  },
  "refresh-limit": {
    status: 503,
    when: "The grant used Zoho's budget of access tokens per refresh token per 10 minutes. Retry after Retry-After seconds.",
  },
  "too-large": { status: 413, when: "The body of POST …/access-token/invalidate is over 4 KB." },
};

export const API_PROBLEMS = (Object.entries(PROBLEM_TYPES) as [ProblemType, { status: number; when: string | null }][])
  .flatMap(([type, { status, when }]) => (when ? [{ type, uri: problemUri(type), status, when }] : []))
  .sort((a, b) => a.status - b.status);

export const ISO = "2026-01-15T09:30:00.000Z";

export const EXAMPLE_GRANT = {
  id: "cm5grant0000example00001",
  label: "CRM sync (prod)",
  client: { id: "cm5client000example00001", name: "CRM sync", environment: "PRODUCTION" },
  location: "eu",
  accounts_server: "https://accounts.zoho.eu",
  api_domain: "https://www.zohoapis.eu",
  scopes: ["ZohoCRM.modules.ALL", "AaaServer.profile.READ"],
  zoho_user: { id: "20020002", email: "emma.schmidt@example.com" },
  org_wide: false,
  status: "ACTIVE",
  created_at: ISO,
  last_refresh_at: ISO,
  access_token_expires_at: "2026-01-15T10:30:00.000Z",
  refresh_token_last4: "3f9a",
};

export const EXAMPLE_CLIENT = {
  id: "cm5client000example00001",
  name: "CRM sync",
  zoho_client_id: "1000.ABCDEFGHIJ0123456789",
  type: "SERVER",
  environment: "PRODUCTION",
  home_dc: "us",
  enabled_dcs: ["eu"],
  redirect_uris: ["https://console.example.com/oauth/callback"],
  archived: false,
};

export const EXAMPLE_TOKEN = {
  access_token: "1000.••••••••.••••••••",
  api_domain: "https://www.zohoapis.eu",
  token_type: "Zoho-oauthtoken",
  expires_at: "2026-01-15T10:30:00.000Z",
  location: "eu",
  org_wide: false,
  product_hosts: productHostsFor("eu", "ZOHO"),
};

/** What the API says about org-wide grants and product hosts (OpenAPI descriptions and the API page). */
export const ORG_WIDE_FIELD =
  "true when the grant came from org-wide admin consent (/oauth/v2/org/auth): it is the organization's, survives the consenting admin leaving, and does not count toward Zoho's 20 refresh tokens per user per client.";
export const PRODUCT_HOSTS_FIELD = `Base URLs of Zoho products in the grant's data centre where they are not api_domain itself, keyed by product (${Object.keys(PRODUCTS).join(", ")}); only products Zoho documents for that data centre. Empty for a sandbox grant (the sandbox answers everything at api_domain) and for a data centre with none known.`;
/** POST …/access-token/invalidate: the token the service holds and Zoho refused. */
export const EXAMPLE_INVALIDATE_BODY = { accessToken: "1000.••••••••.••••••••" };

export const EXAMPLE_PROBLEM = {
  type: problemUri("refresh-limit"),
  title: "The grant's refresh budget is spent for now",
  status: 503,
  detail: "Zoho allows 10 access tokens per refresh token per 10 minutes.",
  retry_after: 240,
};

export type QueryParam = { name: string; description: string; schema: Record<string, unknown> };

export const PAGE_PARAMS: QueryParam[] = [
  { name: "limit", description: "Items per page, 1–200 (default 50).", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
  { name: "cursor", description: "The `next_cursor` of the previous page.", schema: { type: "string" } },
];

export const GRANT_FILTERS: QueryParam[] = [
  {
    name: "client",
    description: "Only grants of this client (the console's client id). 404 if the key cannot see the client.",
    schema: { type: "string" },
  },
  {
    name: "location",
    description: "Only grants in this Zoho data centre (us, eu, in, au, jp, ca, sa, uk, cn).",
    schema: { type: "string" },
  },
  { name: "status", description: "ACTIVE, REVOKED or INVALID.", schema: { type: "string", enum: ["ACTIVE", "REVOKED", "INVALID"] } },
  { name: "zohoUser", description: "The Zoho user's email (any case), or their Zoho user id.", schema: { type: "string" } },
];
