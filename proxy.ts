// Runs before every request (Next's Proxy): the security headers that depend on the request, and the
// refusals that must happen before any handler runs.
import { NextResponse, type NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";
import { appOrigin } from "@/lib/config/app-origin";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { isCrossOriginWrite } from "@/lib/http/is-cross-origin-write";

export function proxy(request: NextRequest) {
  const origin = appOrigin(request);
  const api = request.nextUrl.pathname.startsWith("/api/");
  const refused = refusal(request, origin, api);
  if (refused) return secure(refused, origin, null);

  // A fresh nonce per request: Next reads it from the request's CSP header and puts it on its own
  // scripts (every page here renders per request anyway).
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  return secure(NextResponse.next({ request: { headers } }), origin, policy);
}

function refusal(request: NextRequest, origin: string, api: boolean): Response | null {
  // A path Next cannot decode would otherwise end in its own 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return api ? problem("invalid-request", "The path is not valid percent-encoded UTF-8.") : plain(400, "Bad request: the path is not valid percent-encoded UTF-8.");
  }
  // CSRF: a browser always sends Origin on a cross-origin POST; anything that changes state and comes
  // from another origin is refused here, before server actions, Auth.js or any route handler see it.
  if (isCrossOriginWrite(request, origin)) {
    return api ? problem("forbidden", "Cross-origin requests that change state are refused.") : plain(403, "Forbidden: a cross-origin request that changes state was refused.");
  }
  // The token API is read-only: other methods get the API's problem JSON, not an empty 405.
  if (request.nextUrl.pathname.startsWith("/api/v1/") && request.method !== "GET" && request.method !== "HEAD") {
    return problem("method-not-allowed", `${request.method.slice(0, 20)} is not allowed here; the token API is read-only (GET).`, {}, { allow: "GET, HEAD" });
  }
  return null;
}

function secure<R extends Response>(response: R, origin: string, policy: string | null): R {
  if (policy) response.headers.set("content-security-policy", policy);
  else response.headers.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
  // HSTS only where the console is served over https (APP_URL, or the TLS proxy's x-forwarded-proto):
  // over plain http browsers ignore it, and a local http console must stay reachable.
  if (origin.startsWith("https:")) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return response;
}

const plain = (status: number, text: string) =>
  new Response(`<!doctype html><title>${status}</title><p>${text}</p>`, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });

export const config = {
  // Not for build assets: they carry no cookies, run no code on the server, and are immutable.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
