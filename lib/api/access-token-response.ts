import "server-only";
import { type AccessTokenResult, accessTokenAnswer } from "@/lib/grants/access-token-result";
import { problem } from "./problem";

/** A grant the key cannot use, whatever the reason (no such id, another workspace's, outside its list). */
export const grantNotFound = () => problem("not-found", "No grant with this id for this key.");

// The token API's answer for an access-token result, one shape for GET …/access-token and
// POST …/access-token/invalidate: the token and where to send it, or problem JSON.
export function accessTokenResponse(result: AccessTokenResult): Response {
  if (!result.ok) {
    if (result.problem === "not-found") return grantNotFound();
    if (result.problem === "grant-revoked" || result.problem === "grant-invalid") return problem(result.problem, result.detail);
    return problem(
      result.problem,
      result.detail,
      { retry_after: result.retryAfterSeconds },
      { "retry-after": String(result.retryAfterSeconds ?? 30) },
    );
  }
  return Response.json(accessTokenAnswer(result), { headers: { "cache-control": "no-store" } });
}
