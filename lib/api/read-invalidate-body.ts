import { z } from "zod";
import { readBodyUpTo } from "@/lib/body-limit/read-body-up-to";
import { problem } from "./problem";

// The body of POST /api/v1/grants/{id}/access-token/invalidate: {"accessToken":"1000.…"}, the token
// Zoho refused. A few hundred bytes; anything past 4 KB is not a report, and is never held whole.
export const INVALIDATE_BODY_LIMIT = 4 * 1024;

// Zoho's access tokens are <digits>.<alphanumerics>.<alphanumerics> (1000.8cb9….9b8f…).
export const ACCESS_TOKEN_SHAPE = /^\d{1,10}\.[A-Za-z0-9_-]{1,500}\.[A-Za-z0-9_-]{1,500}$/;
export const invalidateBodySchema = z.strictObject({
  accessToken: z
    .string({ error: "The access token Zoho refused, as a string" })
    .regex(ACCESS_TOKEN_SHAPE, "Not an access token Zoho issues (1000.…)"),
});

/** The reported token, or the problem to answer. The token is never quoted back. */
export async function readInvalidateBody(request: Request): Promise<{ accessToken: string } | Response> {
  const bytes = await readBodyUpTo(request, INVALIDATE_BODY_LIMIT);
  if (!bytes) return problem("too-large", `The body is at most ${INVALIDATE_BODY_LIMIT / 1024} KB: {"accessToken":"…"}.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return problem("bad-request", 'The body must be JSON: {"accessToken":"<the token Zoho refused>"}.');
  }
  const parsed = invalidateBodySchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({
    param: i.code === "unrecognized_keys" ? i.keys.map((k) => k.slice(0, 40)).join(", ") : i.path.join(".") || "body",
    message: i.code === "unrecognized_keys" ? "Unknown field" : i.path.length === 0 ? 'Send a JSON object: {"accessToken":"…"}' : i.message,
  }));
  return problem("invalid-request", errors.map((e) => `${e.param}: ${e.message}`).join("; "), { errors });
}
