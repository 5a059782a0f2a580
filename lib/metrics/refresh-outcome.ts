import type { TokenAnswer } from "@/lib/zoho/normalise-token-answer";

export type RefreshOutcome = "ok" | "invalid_code" | "rate_limited" | "timeout" | "unreachable" | "server_error" | "refused";

/**
 * A refresh answer as one of a few outcomes: Zoho's `error` is free text from the network, so it is never
 * a label as is. invalid_code is Zoho's answer for a revoked or evicted refresh token; rate_limited its
 * throttle (lib/zoho/is-rate-limit-answer.ts); server_error a 5xx; refused any other refusal.
 */
export function refreshOutcome(answer: TokenAnswer): RefreshOutcome {
  if (answer.ok) return "ok";
  if (answer.error === "timeout" || answer.error === "unreachable") return answer.status === 0 ? answer.error : "refused";
  if (answer.rateLimited) return "rate_limited";
  if (answer.error === "invalid_code") return "invalid_code";
  if (answer.status >= 500) return "server_error";
  return "refused";
}
