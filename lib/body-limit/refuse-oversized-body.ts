import { problem } from "@/lib/api/problem";
import { BODY_LIMIT_BYTES, OWN_LIMIT_PATHS } from "./body-limits";
import { readBodyUpTo } from "./read-body-up-to";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const DETAIL = `The request is too large: this console accepts at most ${BODY_LIMIT_BYTES / 1024 / 1024} MB per form or request.`;

// For proxy.ts: a 413 for any body over the limit, before Next parses it (Next's own server-action
// limit ends in a bare 500). Browsers always send Content-Length with a form; a body sent without
// one (chunked, from a script) is counted on the proxy's copy of it, up to the limit.
export async function refuseOversizedBody(request: Request & { nextUrl: { pathname: string } }): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  if (!BODY_METHODS.has(request.method) || OWN_LIMIT_PATHS.some((path) => path.test(pathname))) return null;
  const length = request.headers.get("content-length");
  if (length !== null ? Number(length) <= BODY_LIMIT_BYTES : (await readBodyUpTo(request, BODY_LIMIT_BYTES)) !== null) return null;
  if (pathname.startsWith("/api/") || !request.headers.get("accept")?.includes("text/html")) return problem("too-large", DETAIL);
  return new Response(`<!doctype html><title>413 Request too large</title><p>${DETAIL} Go back and send less.</p>`, {
    status: 413,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
