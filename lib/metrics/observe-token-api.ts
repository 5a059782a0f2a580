import { metrics } from "./metrics";

export type TokenApiEndpoint = "access_token" | "access_token_invalidate" | "grants" | "clients" | "other";

/** The token API route a path is, with the grant id left out (a label never holds an id). */
export function tokenApiEndpoint(pathname: string): TokenApiEndpoint {
  if (/^\/api\/v1\/grants\/[^/]+\/access-token\/?$/.test(pathname)) return "access_token";
  if (/^\/api\/v1\/grants\/[^/]+\/access-token\/invalidate\/?$/.test(pathname)) return "access_token_invalidate";
  if (/^\/api\/v1\/grants\/?$/.test(pathname)) return "grants";
  if (/^\/api\/v1\/clients\/?$/.test(pathname)) return "clients";
  return "other";
}

/** One token API answer: `outcome` is "ok" or the problem type answered (a fixed list: lib/api/problem.ts). */
export function observeTokenApi(endpoint: TokenApiEndpoint, outcome: string, startedMs: number) {
  const m = metrics();
  m.tokenApiRequests.labels({ endpoint, outcome }).inc();
  m.tokenApiDuration.labels({ endpoint }).observe((performance.now() - startedMs) / 1000);
}
