import type { Instrumentation } from "next";
import { errorFields, log } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * Next's onRequestError hook (instrumentation.ts): every error a page, route or action did not handle,
 * as one JSON line with the request's id AND the error's digest — the digest is what an error page shows
 * as its reference (components/error-notice.tsx), so an operator given either finds the other. The path
 * is logged without its query string: a callback's query carries a grant code.
 */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const sent = request.headers[REQUEST_ID_HEADER];
  const digest = error && typeof error === "object" && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  log.error(
    {
      requestId: (Array.isArray(sent) ? sent[0] : sent) ?? null,
      digest,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      ...errorFields(error),
    },
    "request failed",
  );
};
