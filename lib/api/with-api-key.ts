import "server-only";
import type { z } from "zod";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import type { Ctx } from "@/lib/auth/context";
import { requestIdOf } from "@/lib/log/request-id";
import { observeTokenApi, tokenApiEndpoint } from "@/lib/metrics/observe-token-api";
import { errorProblem } from "./error-problem";
import { problem } from "./problem";
import { stampProblem } from "./stamp-request-id";

// The token API's one entry: authenticate the key into a context (the key as actor, its workspace),
// run the handler, map thrown errors to problem JSON. A handler never sees a request without a valid,
// unrevoked, unexpired key. `context` is the route's own (its params), passed through.
export function withApiKey<C>(handler: (request: Request, ctx: Ctx, context: C) => Promise<Response>) {
  const answer = async (request: Request, context: C): Promise<Response> => {
    try {
      const ctx = await authenticateApiKey(request.headers);
      if (!ctx)
        return problem(
          "unauthenticated",
          "Send Authorization: Bearer <API key> with a key that is not revoked or expired.",
          {},
          { "www-authenticate": "Bearer" },
        );
      return await handler(request, ctx, context);
    } catch (error) {
      return errorProblem(request, error);
    }
  };
  // Every answer counted by endpoint and outcome (ok, or its problem type) with its latency; a problem
  // carries the request's id (lib/api/stamp-request-id.ts).
  return async (request: Request, context: C): Promise<Response> => {
    const started = performance.now();
    const { response, type } = await stampProblem(await answer(request, context), requestIdOf(request.headers));
    observeTokenApi(tokenApiEndpoint(new URL(request.url).pathname), type ?? (response.ok ? "ok" : `http_${response.status}`), started);
    return response;
  };
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
