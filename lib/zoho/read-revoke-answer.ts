import { isRateLimitAnswer } from "./is-rate-limit-answer";

// What Zoho's revoke endpoint said (POST {accounts-server}/oauth/v2/token/revoke?token=…):
//  - {"status":"success"}: revoked, and the token's access tokens with it;
//  - HTTP 400: "If the refresh token is invalid, the revoke token request will not be executed and you
//    will receive an HTTP status code 400" (https://www.zoho.com/accounts/protocol/oauth/revoke-refresh-token.html).
//    Zoho documents the status only, not the body, so any 400 counts: the token is unknown to Zoho —
//    revoked already (by the user, an admin, or the 20-per-user cap) — which is what a revoke wants;
//  - the throttle answer (also HTTP 400): nothing was done, try later;
//  - older answers and the sandbox before: {"error":"invalid_token"} with HTTP 200, the same meaning;
//  - a 5xx, a page that is not JSON, or no answer: Zoho was not reached; nothing is known.
export type RevokeAnswer =
  | { outcome: "revoked" }
  | { outcome: "already-revoked"; error: string }
  | { outcome: "rate-limited"; error: string }
  | { outcome: "unreachable"; error: string };

export function readRevokeAnswer(status: number, body: unknown): RevokeAnswer {
  const json = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  const text = (key: string) => (typeof json?.[key] === "string" ? (json[key] as string) : null);
  if (status === 200 && text("status")?.toLowerCase() === "success") return { outcome: "revoked" };
  const error = text("error");
  if (isRateLimitAnswer({ status, error, description: text("error_description"), bodyStatus: text("status") })) {
    return { outcome: "rate-limited", error: error ?? "Access Denied" };
  }
  if (status === 400) return { outcome: "already-revoked", error: error ?? "HTTP 400" };
  if (status === 200 && error) return { outcome: "already-revoked", error };
  return { outcome: "unreachable", error: `HTTP ${status}` };
}
