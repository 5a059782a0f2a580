import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appOrigin, isServedHost } from "@/lib/config/app-origin";
import { secure, trustedHeaders } from "@/lib/http/proxy-headers";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { errorFields, log } from "@/lib/log/logger";
import { metrics } from "@/lib/metrics/metrics";

// The token API's hot read at memory speed (issue 18). On these machines Next's router, proxy and
// response machinery cost more per request than the whole cached token path (docs/benchmarks.md: the
// framework's own constant-JSON route is the ceiling of anything it routes). So the console's server
// (scripts/serve.mjs) hands `GET /api/v1/grants/{id}/access-token` straight to that route's own handler,
// which the route registers here when Next first loads it: the same modules, the same token cache and
// in-flight refreshes, the same errors. What proxy.ts would do to such a request is done here with its
// own helpers (lib/http/proxy-headers.ts): the Host check, a new request id, the client address from the
// socket and TRUSTED_PROXIES, and the security headers. Everything else — another method, a query
// string, a Host that is not ours, a path that does not match exactly — goes to Next as before.

const PATH = /^\/api\/v1\/grants\/([A-Za-z0-9_-]{1,64})\/access-token$/;

type Handler = (request: Request, id: string) => Promise<Response>;
type Direct = (request: IncomingMessage, response: ServerResponse) => boolean;
const g = globalThis as unknown as { consoleDirectRoute?: Direct };

/** Called by the access-token route's module: from then on the server hands it its requests directly. */
export function serveDirectly(handler: Handler): void {
  g.consoleDirectRoute = (request, response) => {
    const id = request.method === "GET" ? PATH.exec(request.url ?? "")?.[1] : undefined;
    const host = request.headers.host ?? null;
    if (!id || !isServedHost(host)) return false;
    metrics().directRouteRequests.inc();
    void answer(handler, request, response, id);
    return true;
  };
}

async function answer(handler: Handler, incoming: IncomingMessage, outgoing: ServerResponse, id: string): Promise<void> {
  try {
    const sent = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") sent.set(name, value);
    const origin = appOrigin({ headers: sent });
    const requestId = newRequestId();
    const headers = trustedHeaders(sent, origin);
    headers.set(REQUEST_ID_HEADER, requestId);
    const request = new Request(new URL(incoming.url!, origin), { headers });
    const response = secure(await handler(request, id), origin, null, requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    const body = Buffer.from(await response.arrayBuffer());
    response.headers.set("content-length", String(body.length));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(body);
  } catch (error) {
    // The handler maps its own errors to problem JSON; this is only a broken socket or a bug here.
    log.error({ ...errorFields(error) }, "token API direct route failed");
    if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "application/problem+json", "cache-control": "no-store" });
    outgoing.end(outgoing.headersSent ? undefined : JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500 }));
  }
}
