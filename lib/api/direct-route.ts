import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appOrigin, isServedHost } from "@/lib/config/app-origin";
import { problem } from "./problem";
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
    const sent = new Headers();
    try {
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") sent.set(name, value);
    } catch {
      return false; // a header value Node let through but fetch's Headers refuses: Next answers it, as before
    }
    metrics().directRouteRequests.inc();
    // Only writing to a socket already gone can fail here: nothing to answer, nothing unhandled.
    answer(handler, request.url!, sent, response, id).catch((error: unknown) => {
      log.warn({ ...errorFields(error) }, "token API direct route: the answer could not be written");
      response.destroy();
    });
    return true;
  };
}

async function answer(handler: Handler, path: string, sent: Headers, outgoing: ServerResponse, id: string): Promise<void> {
  const origin = appOrigin({ headers: sent });
  const requestId = newRequestId();
  const headers = trustedHeaders(sent, origin);
  headers.set(REQUEST_ID_HEADER, requestId);
  let response: Response;
  try {
    response = await handler(new Request(new URL(path, origin), { headers }), id);
  } catch (error) {
    // withApiKey maps the handler's errors to problem JSON; this would be a bug in it.
    log.error({ requestId, ...errorFields(error) }, "token API direct route failed");
    response = problem("internal", undefined, { request_id: requestId });
  }
  secure(response, origin, null, requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  const body = Buffer.from(await response.arrayBuffer());
  response.headers.set("content-length", String(body.length));
  outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(body);
}
