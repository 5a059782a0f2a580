import { PRODUCTS } from "@/lib/zoho/product-hosts";
import {
  API_PROBLEMS,
  EXAMPLE_CLIENT,
  EXAMPLE_GRANT,
  EXAMPLE_INVALIDATE_BODY,
  EXAMPLE_PROBLEM,
  EXAMPLE_TOKEN,
  GRANT_FILTERS,
  ORG_WIDE_FIELD,
  PAGE_PARAMS,
  PRODUCT_HOSTS_FIELD,
  problemUri,
  type QueryParam,
} from "./api-reference";
import type { ProblemType } from "./problem";
import { ACCESS_TOKEN_SHAPE } from "./read-invalidate-body";

const str = { type: "string" } as const;
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const dateTime = { type: "string", format: "date-time" } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const strings = { type: "array", items: str } as const;

const schemas = {
  Grant: {
    type: "object",
    required: Object.keys(EXAMPLE_GRANT),
    properties: {
      id: str,
      label: str,
      client: { type: "object", properties: { id: str, name: str, environment: { enum: ["DEVELOPMENT", "SANDBOX", "PRODUCTION"] } } },
      location: str,
      accounts_server: { type: "string", format: "uri" },
      api_domain: { type: "string", format: "uri" },
      scopes: strings,
      zoho_user: {
        type: "object",
        description: "Who consented; for an org-wide grant, the administrator.",
        properties: { id: nullable("string"), email: nullable("string") },
      },
      org_wide: { type: "boolean", description: ORG_WIDE_FIELD },
      status: { enum: ["ACTIVE", "REVOKED", "INVALID"] },
      created_at: dateTime,
      last_refresh_at: nullable("string", { format: "date-time" }),
      access_token_expires_at: nullable("string", { format: "date-time" }),
      refresh_token_last4: nullable("string", { description: "Only the last 4 characters; the token itself never leaves the console." }),
    },
    example: EXAMPLE_GRANT,
  },
  Client: {
    type: "object",
    required: Object.keys(EXAMPLE_CLIENT),
    properties: {
      id: str,
      name: str,
      zoho_client_id: str,
      type: { enum: ["SELF", "SERVER", "CLIENT", "MOBILE", "NON_BROWSER"] },
      environment: { enum: ["DEVELOPMENT", "SANDBOX", "PRODUCTION"] },
      home_dc: str,
      enabled_dcs: strings,
      redirect_uris: strings,
      archived: { type: "boolean" },
    },
    example: EXAMPLE_CLIENT,
  },
  AccessToken: {
    type: "object",
    required: Object.keys(EXAMPLE_TOKEN),
    properties: {
      access_token: str,
      api_domain: { type: "string", format: "uri" },
      token_type: { const: "Zoho-oauthtoken" },
      expires_at: dateTime,
      location: str,
      org_wide: { type: "boolean", description: ORG_WIDE_FIELD },
      product_hosts: {
        type: "object",
        description: PRODUCT_HOSTS_FIELD,
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(PRODUCTS).map(([id, label]) => [id, { type: "string", format: "uri", description: label }]),
        ),
      },
    },
    example: EXAMPLE_TOKEN,
  },
  Problem: {
    type: "object",
    description: "RFC 9457 problem details, served as application/problem+json. `type` is one of the listed URIs.",
    required: ["type", "title", "status"],
    properties: {
      type: { type: "string", format: "uri", enum: API_PROBLEMS.map((p) => p.uri) },
      title: str,
      status: { type: "integer" },
      detail: str,
      retry_after: { type: "integer", description: "Seconds, as in the Retry-After header (503 only)." },
      request_id: { type: "string", description: "This request's id, as in the X-Request-Id header: quote it to the console's operator." },
      errors: {
        type: "array",
        description: "422 only: each bad query parameter.",
        items: { type: "object", properties: { param: str, message: str } },
      },
    },
    example: EXAMPLE_PROBLEM,
  },
};

const page = (item: string) => ({
  type: "object",
  required: ["data", "next_cursor"],
  properties: {
    data: { type: "array", items: ref(item) },
    next_cursor: nullable("string", { description: "Pass as `cursor` for the next page; null on the last page." }),
  },
});

const problemResponse = (types: ProblemType[], headers?: Record<string, unknown>) => ({
  description: types.map((t) => `${problemUri(t)} — ${API_PROBLEMS.find((p) => p.type === t)?.when ?? ""}`).join("\n\n"),
  ...(headers && { headers }),
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const unauthorized = problemResponse(["unauthenticated"], { "WWW-Authenticate": { schema: { const: "Bearer" } } });
const params = (list: QueryParam[]) =>
  list.map((p) => ({ in: "query", name: p.name, required: false, description: p.description, schema: p.schema }));
const retryAfter = { "Retry-After": { description: "Seconds to wait before asking again.", schema: { type: "integer" } } };
const ok = (description: string, schema: unknown) => ({ description, content: { "application/json": { schema } } });

// GET /api/v1/openapi.json serves this, with the console's own origin as the server.
export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Zoho OAuth Console API",
      version: "1.0.0",
      description:
        "Automation API of the Zoho OAuth Console: list a workspace's grants and clients, get a valid Zoho access token for a grant, and report a token Zoho refused. Authenticate with a workspace API key (Settings → API keys). Errors are RFC 9457 problem details.",
    },
    servers: [{ url: origin }],
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/grants": {
        get: {
          operationId: "listGrants",
          summary: "List the key's grants",
          description:
            "All grants of the key's workspace, or only the grants the key was limited to. Metadata only: tokens are never listed. Ordered by id; cursor-paged.",
          parameters: params([...GRANT_FILTERS, ...PAGE_PARAMS]),
          responses: {
            200: ok("A page of grants.", page("Grant")),
            401: unauthorized,
            404: problemResponse(["not-found"]),
            422: problemResponse(["invalid-request"]),
          },
        },
      },
      "/api/v1/clients": {
        get: {
          operationId: "listClients",
          summary: "List the workspace's OAuth clients",
          description:
            "Client configuration, never secrets. A key limited to some grants sees only the clients of those grants. Ordered by id; cursor-paged.",
          parameters: params(PAGE_PARAMS),
          responses: { 200: ok("A page of clients.", page("Client")), 401: unauthorized, 422: problemResponse(["invalid-request"]) },
        },
      },
      "/api/v1/grants/{id}/access-token": {
        get: {
          operationId: "getAccessToken",
          summary: "Get a valid access token for a grant",
          description:
            "Serves the cached token while it has more than 5 minutes left; otherwise refreshes it at Zoho (one refresh at a time per grant, however many callers ask). Send it to `api_domain` as `Authorization: Zoho-oauthtoken <access_token>`.",
          parameters: [{ in: "path", name: "id", required: true, description: "The grant's id.", schema: str }],
          responses: {
            200: ok("A valid access token.", ref("AccessToken")),
            401: unauthorized,
            404: problemResponse(["not-found"]),
            410: problemResponse(["grant-revoked", "grant-invalid"]),
            503: problemResponse(["zoho-unavailable", "refresh-limit"], retryAfter),
          },
        },
      },
      "/api/v1/grants/{id}/access-token/invalidate": {
        post: {
          operationId: "invalidateAccessToken",
          summary: "Report a token Zoho refused; get a working one",
          description:
            "When Zoho answers INVALID_OAUTHTOKEN / INVALID_TOKEN (e.g. the token was one of more than Zoho keeps per refresh token and was evicted), send the token you hold. If it is still the console's cached token, the console refreshes once — however many callers report the same token, on any instance — and answers the new one; otherwise it answers the cached token without a refresh. Zoho's budget of access tokens per refresh token per 10 minutes still applies (503 refresh-limit). Audited without the token.",
          parameters: [{ in: "path", name: "id", required: true, description: "The grant's id.", schema: str }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  additionalProperties: false,
                  required: ["accessToken"],
                  properties: {
                    accessToken: { type: "string", pattern: ACCESS_TOKEN_SHAPE.source, description: "The access token Zoho refused." },
                  },
                },
                example: EXAMPLE_INVALIDATE_BODY,
              },
            },
          },
          responses: {
            200: ok("A valid access token (another one than reported), in GET …/access-token's shape.", ref("AccessToken")),
            400: problemResponse(["bad-request"]),
            401: unauthorized,
            404: problemResponse(["not-found"]),
            410: problemResponse(["grant-revoked", "grant-invalid"]),
            413: problemResponse(["too-large"]),
            422: problemResponse(["invalid-request"]),
            503: problemResponse(["zoho-unavailable", "refresh-limit"], retryAfter),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "zoc_<prefix>_<secret>",
          description: "A workspace API key: Authorization: Bearer zoc_…",
        },
      },
      schemas,
    },
    "x-problem-types": API_PROBLEMS.map(({ uri, status, when }) => ({ type: uri, status, description: when })),
  };
}
