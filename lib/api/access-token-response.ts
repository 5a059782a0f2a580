import "server-only";
import { type AccessTokenResult, accessTokenAnswer } from "@/lib/grants/access-token-result";
import { problem } from "./problem";

// The token API's answer for an access-token result, one shape for GET …/access-token and
// POST …/access-token/invalidate: the token and where to send it, or problem JSON.
export function accessTokenResponse(result: AccessTokenResult, grant: Parameters<typeof accessTokenAnswer>[1]): Response {
  if (!result.ok) {
    if (result.problem === "not-found") return problem("not-found");
    if (result.problem === "grant-revoked" || result.problem === "grant-invalid") return problem(result.problem, result.detail);
    return problem(result.problem, result.detail, { retry_after: result.retryAfterSeconds }, { "retry-after": String(result.retryAfterSeconds ?? 30) });
  }
  return Response.json(accessTokenAnswer(result, grant), { headers: { "cache-control": "no-store" } });
}
