import { env } from "@/lib/config/env";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { CLIENT_IP_HEADER, clientAddress } from "./client-address";

// What proxy.ts does to every request and answer that passes its refusals, here so the token API's
// direct route (lib/api/direct-route.ts) does exactly the same.

/**
 * What the handlers see: the client address worked out from the socket and TRUSTED_PROXIES, and
 * forwarded host/proto that say the configured origin (Auth.js and Next read them), whatever was sent.
 */
export function trustedHeaders(sent: Headers, origin: string): Headers {
  const headers = new Headers(sent);
  const ip = clientAddress(sent, env().TRUSTED_PROXIES);
  for (const name of ["forwarded", "x-real-ip", "x-forwarded-port", "x-forwarded-for", CLIENT_IP_HEADER]) headers.delete(name);
  if (ip) {
    headers.set(CLIENT_IP_HEADER, ip);
    headers.set("x-forwarded-for", ip);
  }
  const url = new URL(origin);
  headers.set("x-forwarded-host", url.host);
  headers.set("x-forwarded-proto", url.protocol.slice(0, -1));
  return headers;
}

/** The answer's request id, its Content-Security-Policy (a page's, or none at all), and HSTS over https. */
export function secure<R extends Response>(response: R, origin: string, policy: string | null, requestId: string): R {
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (policy) response.headers.set("content-security-policy", policy);
  else response.headers.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
  // HSTS only where the console is served over https (APP_URL): over plain http browsers ignore it,
  // and a local http console must stay reachable.
  if (origin.startsWith("https:")) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return response;
}
