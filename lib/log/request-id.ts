// One id per request, made in proxy.ts (never taken from the client: anyone could send a chosen or
// colliding one), passed to pages and route handlers as a request header and answered as a response
// header, so a user can quote it and an operator can find the request's log lines.
export const REQUEST_ID_HEADER = "x-request-id";

export const newRequestId = () => crypto.randomUUID();

/** The request's id as proxy.ts set it; null outside a request (jobs) or for a request the proxy did not see. */
export function requestIdOf(headers: Headers): string | null {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && /^[0-9a-f-]{36}$/.test(id) ? id : null;
}
