import type { TokenAnswer, TokenSuccess } from "@/lib/zoho/normalise-token-answer";
import { tokenErrorHint } from "./describe-outcome";
import type { Outcome } from "./outcomes";

// Pure diagnosis rules for a code exchange, shared by both callback routes (table-tested).

/** `codeLifetimeSeconds`: the workspace's figure, named in the invalid_code diagnosis. */
export function diagnoseFailure(
  answer: Extract<TokenAnswer, { ok: false }>,
  codeLifetimeSeconds?: number,
): { outcome: Extract<Outcome, "zoho_unreachable" | "exchange_failed">; diagnosis: string } {
  const unreachable = answer.error === "unreachable" || answer.error === "timeout";
  return {
    outcome: unreachable ? "zoho_unreachable" : "exchange_failed",
    diagnosis: tokenErrorHint(answer, codeLifetimeSeconds) ?? answer.description ?? `Zoho answered ${answer.error}.`,
  };
}

export function grantWarnings(asked: { accessType: string; scopes: string[] }, answer: TokenSuccess): string[] {
  const warnings: string[] = [];
  if (asked.accessType === "offline" && !answer.refreshToken) {
    warnings.push(
      "offline access was requested but Zoho returned no refresh token: the user had consented before and prompt=consent was off.",
    );
  }
  const granted = answer.scopes;
  const missing = granted ? asked.scopes.filter((s) => !granted.some((g) => g.toLowerCase() === s.toLowerCase())) : [];
  if (missing.length) warnings.push(`Zoho granted fewer scopes than asked: missing ${missing.join(", ")}.`);
  if (!answer.apiDomain) warnings.push("Zoho's answer had no api_domain; the data centre's default is stored.");
  return warnings;
}
