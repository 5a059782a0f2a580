import { normaliseTokenAnswer, type TokenSuccess } from "./normalise-token-answer";

// What a poll of {accounts-server}/oauth/v3/device/token means (Zoho's polling page,
// https://www.zoho.com/accounts/protocol/oauth/devices/polling-request.html): wait (authorization_pending),
// wait longer (slow_down), poll the user's data centre instead (other_dc with user_location — Zoho's
// Multi-DC page for non-browser apps), stop (access_denied, expired), or the tokens, read like any
// token answer. Errors come in the body, whatever the HTTP status.
export type DevicePoll =
  | { kind: "pending" }
  | { kind: "slow_down" }
  | { kind: "other_dc"; userLocation: string }
  | { kind: "denied" }
  | { kind: "expired" }
  | { kind: "tokens"; tokens: TokenSuccess }
  | { kind: "error"; error: string; description: string | null; status: number };

export function parseDeviceTokenAnswer(status: number, body: unknown): DevicePoll {
  const fields = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const error = typeof fields.error === "string" ? fields.error : null;
  if (error === "authorization_pending") return { kind: "pending" };
  if (error === "slow_down") return { kind: "slow_down" };
  if (error === "access_denied") return { kind: "denied" };
  // expired_token is RFC 8628's name for it (§3.5).
  if (error === "expired" || error === "expired_token") return { kind: "expired" };
  if (error === "other_dc") {
    const where = typeof fields.user_location === "string" ? fields.user_location.trim() : "";
    return where
      ? { kind: "other_dc", userLocation: where.slice(0, 200) }
      : { kind: "error", error: "other_dc", description: "other_dc without a user_location", status };
  }
  const answer = normaliseTokenAnswer(status, body);
  if (answer.ok) return { kind: "tokens", tokens: answer };
  return { kind: "error", error: answer.error.slice(0, 100), description: answer.description?.slice(0, 500) ?? null, status };
}
