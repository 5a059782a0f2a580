import "server-only";
import { NotAllowedError } from "@/lib/auth/context";
import { log } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-id";
import { isDatabaseUnavailable } from "./database-unavailable";
import { problem } from "./problem";

/**
 * A thrown error as problem JSON, for route handlers: a refused actor is 404 (what you may not use does
 * not exist for you); 503 with Retry-After while the database is unavailable; else 500, logged. The
 * logged line and the answer carry the request's id, so the caller can quote it and the operator find it.
 */
export function errorProblem(request: Request, error: unknown): Response {
  if (error instanceof NotAllowedError) return problem("not-found");
  const requestId = requestIdOf(request.headers);
  const where = { requestId, method: request.method, path: new URL(request.url).pathname };
  const extra = requestId ? { request_id: requestId } : {};
  if (isDatabaseUnavailable(error)) {
    log.error({ ...where, error: error instanceof Error ? error.message.trim().split("\n").pop() : "" }, "api: database unavailable");
    return problem(
      "unavailable",
      "The console's database is unavailable for a moment. Retry shortly.",
      { retry_after: 5, ...extra },
      { "retry-after": "5" },
    );
  }
  log.error({ ...where, err: error }, "api error");
  return problem("internal", undefined, extra);
}
