import "server-only";
import { NotAllowedError } from "@/lib/auth/context";
import { isDatabaseUnavailable } from "./database-unavailable";
import { problem } from "./problem";

/**
 * A thrown error as problem JSON, for route handlers: a refused actor is 404 (what you may not use does
 * not exist for you); 503 with Retry-After while the database is unavailable; else 500, logged.
 */
export function errorProblem(request: Request, error: unknown): Response {
  if (error instanceof NotAllowedError) return problem("not-found");
  if (isDatabaseUnavailable(error)) {
    console.error(
      "api: database unavailable",
      request.method,
      new URL(request.url).pathname,
      error instanceof Error ? error.message.trim().split("\n").pop() : "",
    );
    return problem(
      "unavailable",
      "The console's database is unavailable for a moment. Retry shortly.",
      { retry_after: 5 },
      { "retry-after": "5" },
    );
  }
  console.error("api error", request.method, new URL(request.url).pathname, error);
  return problem("internal");
}
