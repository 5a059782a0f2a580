import "server-only";
import type { z } from "zod";
import { authenticateApiKey, type ApiCaller } from "@/lib/api-keys/authenticate-api-key";
import { isDatabaseUnavailable } from "./database-unavailable";
import { problem } from "./problem";

// The read-only API's one entry: authenticate the key, run the handler, map stray errors to
// problem JSON. A handler never sees a request without a valid, unrevoked, unexpired key.
// `context` is the route's own (its params), passed through.
export function withApiKey<C>(handler: (request: Request, caller: ApiCaller, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const caller = await authenticateApiKey(request.headers);
      if (!caller) return problem("unauthenticated", "Send Authorization: Bearer <API key> with a key that is not revoked or expired.", {}, { "www-authenticate": "Bearer" });
      return await handler(request, caller, context);
    } catch (error) {
      return unexpected(request, error);
    }
  };
}

/** A stray error as problem JSON: 503 with Retry-After while the database is unavailable, else 500. */
function unexpected(request: Request, error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    console.error("api: database unavailable", request.method, new URL(request.url).pathname, error instanceof Error ? error.message.trim().split("\n").pop() : "");
    return problem("unavailable", "The console's database is unavailable for a moment. Retry shortly.", { retry_after: 5 }, { "retry-after": "5" });
  }
  console.error("api error", request.method, new URL(request.url).pathname, error);
  return problem("internal");
}

// The query string against its schema: the parsed value, or a 422 naming each bad parameter.
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.infer<S> | Response {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({
    param: i.code === "unrecognized_keys" ? i.keys.join(", ") : i.path.join("."),
    message: i.code === "unrecognized_keys" ? "Unknown parameter" : i.message,
  }));
  return problem("invalid-request", errors.map((e) => `${e.param}: ${e.message}`).join("; "), { errors });
}

export const apiJson = (body: unknown) => Response.json(body, { headers: { "cache-control": "no-store" } });

// Cursor pages: ask for one row more than the limit; if it came, the last row shown is the cursor.
export function page<T extends { id: string }, U>(rows: T[], limit: number, map: (row: T) => U) {
  const shown = rows.slice(0, limit);
  return { data: shown.map(map), next_cursor: rows.length > limit ? shown[shown.length - 1].id : null };
}
