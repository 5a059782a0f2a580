// CSRF: a request that may change state (any method but GET/HEAD/OPTIONS) sent by a browser from
// another origin. Browsers send Origin on every such request; without one it is not a browser's
// cross-site request (curl, server to server) unless Sec-Fetch-Site says so.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// The sandbox's Zoho endpoints take client credentials, never cookies, and are called from anywhere, as Zoho's are.
const CREDENTIAL_ENDPOINTS = /^\/sandbox\/[^/]+\/oauth\/v2\/token(\/revoke)?$/;

export function isCrossOriginWrite(request: { method: string; headers: Headers; nextUrl: { pathname: string } }, origin: string): boolean {
  if (SAFE_METHODS.has(request.method) || CREDENTIAL_ENDPOINTS.test(request.nextUrl.pathname)) return false;
  const from = request.headers.get("origin");
  if (from) return from !== origin;
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}
