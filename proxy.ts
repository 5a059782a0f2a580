// Runs before every request (Next's Proxy): the security headers that depend on the request, and the
// refusals that must happen before any handler runs.
import { NextResponse, type NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";
import { stampRequestId } from "@/lib/api/stamp-request-id";
import { refuseOversizedBody } from "@/lib/body-limit/refuse-oversized-body";
import { appOrigin, isServedHost, ownOrigins } from "@/lib/config/app-origin";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { secure, trustedHeaders } from "@/lib/http/proxy-headers";
import { isCrossOriginWrite } from "@/lib/http/is-cross-origin-write";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

export async function proxy(request: NextRequest) {
  const origin = appOrigin(request);
  const api = request.nextUrl.pathname.startsWith("/api/");
  // One id per request, always made here: one a client sent is replaced, never believed (lib/log/request-id.ts).
  const requestId = newRequestId();
  const refused = refusal(request, origin, api) ?? (await refuseOversizedBody(request));
  if (refused) return secure(await stampRequestId(refused, requestId), origin, null, requestId);

  // A fresh nonce per request: Next reads it from the request's CSP header and puts it on its own
  // scripts (every page here renders per request anyway).
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = trustedHeaders(request.headers, origin);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  headers.set(REQUEST_ID_HEADER, requestId);
  return secure(NextResponse.next({ request: { headers } }), origin, policy, requestId);
}

const INVALIDATE_PATH = /^\/api\/v1\/grants\/[^/]+\/access-token\/invalidate$/;

function refusal(request: NextRequest, origin: string, api: boolean): Response | null {
  // With no APP_URL, only the loopback names of our port are us: a page served under any other name
  // could be a DNS-rebinding attacker's, and no link or redirect may carry a name a request chose.
  if (!isServedHost(request.headers.get("host"))) {
    const detail = `This console answers only at ${ownOrigins().join(", ")}. To serve it under another name (on a network or behind a proxy), set APP_URL to its public URL.`;
    return api ? problem("bad-request", detail) : plain(400, `Unknown host. ${detail}`);
  }
  // A path Next cannot decode would otherwise end in its own 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return api
      ? problem("invalid-request", "The path is not valid percent-encoded UTF-8.")
      : plain(400, "Bad request: the path is not valid percent-encoded UTF-8.");
  }
  // CSRF: a browser always sends Origin on a cross-origin POST; anything that changes state and comes
  // from another origin is refused here, before server actions, Auth.js or any route handler see it.
  if (isCrossOriginWrite(request, origin)) {
    return api
      ? problem("forbidden", "Cross-origin requests that change state are refused.")
      : plain(403, "Forbidden: a cross-origin request that changes state was refused.");
  }
  // The token API reads (GET), and takes one report (POST …/access-token/invalidate): other methods
  // get the API's problem JSON, not an empty 405.
  const { pathname } = request.nextUrl;
  if (
    pathname.startsWith("/api/v1/") &&
    request.method !== "GET" &&
    request.method !== "HEAD" &&
    !(request.method === "POST" && INVALIDATE_PATH.test(pathname))
  ) {
    return problem(
      "method-not-allowed",
      `${request.method.slice(0, 20)} is not allowed here; the token API reads with GET (and takes POST …/access-token/invalidate only).`,
      {},
      { allow: "GET, HEAD" },
    );
  }
  return null;
}

const plain = (status: number, text: string) =>
  new Response(`<!doctype html><title>${status}</title><p>${text}</p>`, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });

export const config = {
  // Not for build assets: they carry no cookies, run no code on the server, and are immutable.
  // Exact names only: a prefix match let /favicon.icoX through without CSP or the CSRF check.
  matcher: ["/((?!_next/static/|_next/image$|favicon\\.ico$).*)"],
};
