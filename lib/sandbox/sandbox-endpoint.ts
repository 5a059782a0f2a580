import "server-only";
import { LOCATION_PATTERN } from "@/lib/data-centres/data-centre";
import { consume, type Limit } from "@/lib/rate-limit/rate-limit";
import { metaFrom } from "@/lib/request-meta";
import { TOO_MANY_REQUESTS, zohoError, zohoJson } from "./answers";
import { renderErrorPage } from "./render-error-page";
import { isSandboxLocation } from "./sandbox-data-centres";
import { sandboxOffResponse } from "./require-sandbox";
import { errorName, log } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-id";

type Params = { location?: string };
type Handler<P extends Params> = (request: Request, params: P) => Promise<Response>;

// Wraps every Zoho-shaped sandbox route handler: 404 when the sandbox is off or the location is not a
// data centre; past the per-IP limit (zoho-endpoint-limits.ts), Zoho's throttle answer; and never a
// 500: an unexpected failure answers 503 temporarily_unavailable (Zoho-like).
export function sandboxEndpoint<P extends Params>(kind: "json" | "html", limit: Limit, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const off = sandboxOffResponse();
      if (off) return off;
      const verdict = await consume(limit, metaFrom(request.headers).ip ?? "unknown");
      if (!verdict.ok) return throttled(kind);
      // Routes without dynamic segments may get no params at all.
      const params = ((await context?.params) ?? {}) as P;
      if (params.location !== undefined && !(LOCATION_PATTERN.test(params.location) && (await isSandboxLocation(params.location)))) {
        return kind === "html"
          ? renderErrorPage(
              404,
              "Page not found",
              `There is no sandbox accounts server for "${params.location.slice(0, 20)}". The sandbox's serverinfo lists them.`,
            )
          : zohoError("not_found", 404, `There is no sandbox accounts server for "${params.location.slice(0, 20)}".`);
      }
      return await handler(request, params);
    } catch (error) {
      // The name only: messages can quote request values.
      log.error(
        { requestId: requestIdOf(request.headers), method: request.method, path: new URL(request.url).pathname, error: errorName(error) },
        "sandbox: request failed",
      );
      return kind === "html"
        ? renderErrorPage(503, "Temporarily unavailable", "The sandbox could not answer this request. Try again in a moment.")
        : zohoError("temporarily_unavailable", 503);
    }
  };
}

// Zoho's throttle answer (answers.ts) for the JSON endpoints; its page shows the same words on its
// own accounts-server error page, with no redirect.
function throttled(kind: "json" | "html"): Response {
  return kind === "html"
    ? renderErrorPage(400, TOO_MANY_REQUESTS.error, TOO_MANY_REQUESTS.error_description)
    : zohoJson(TOO_MANY_REQUESTS, 400);
}
