// RFC 9457 problem details: the one shape of every API error. `type` values are stable URIs.
export type ProblemType =
  | "bad-request"
  | "rate-limited"
  | "not-found"
  | "forbidden"
  | "method-not-allowed"
  | "invalid-request"
  | "unauthenticated"
  | "conflict"
  | "unavailable"
  | "internal"
  | "zoho-unavailable"
  | "refresh-limit"
  | "grant-revoked"
  | "grant-invalid"
  | "too-large";

const TITLES: Record<ProblemType, [number, string]> = {
  "bad-request": [400, "Bad request"],
  "rate-limited": [429, "Too many requests"],
  "not-found": [404, "Not found"],
  forbidden: [403, "Forbidden"],
  "method-not-allowed": [405, "Method not allowed"],
  "invalid-request": [422, "The request is not valid"],
  unauthenticated: [401, "Sign in or send a valid API key"],
  conflict: [409, "Conflict"],
  unavailable: [503, "Temporarily unavailable"],
  internal: [500, "Something went wrong"],
  "zoho-unavailable": [503, "Zoho could not issue a token right now"],
  "refresh-limit": [503, "The grant's refresh budget is spent for now"],
  "grant-revoked": [410, "The grant was revoked"],
  "grant-invalid": [410, "Zoho no longer accepts this grant"],
  "too-large": [413, "Content too large"],
};

export function problem(type: ProblemType, detail?: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  const [status, title] = TITLES[type];
  return new Response(
    JSON.stringify({ type: `https://zoho-oauth-console.dev/problems/${type}`, title, status, ...(detail && { detail }), ...extra }),
    {
      status,
      headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
    },
  );
}
