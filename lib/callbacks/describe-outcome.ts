import { DEFAULT_CODE_LIFETIME_SECONDS, describeCodeLifetime } from "@/lib/zoho/code-lifetime";
import { OUTCOME_DESCRIPTIONS, TOKEN_ERROR_HINTS, type Outcome } from "./outcomes";

// The outcome texts with the workspace's grant code lifetime in them (Settings → Zoho's limits):
// Zoho's pages say 60 s, 2 min or 3 min, so no hint hard-codes one of them.

type Description = (typeof OUTCOME_DESCRIPTIONS)[Outcome];

/** Outcomes whose explanation depends on how long the code lived. */
const ABOUT_THE_CODE: ReadonlySet<string> = new Set<Outcome>(["zoho_unreachable", "no_secret"]);

/** A Self Client's code lives as long as chosen in Zoho's API console when it was generated. */
export const SELF_CLIENT_CODE_LIFETIME = "3 to 10 minutes, as chosen in the API console";

export function describeOutcome(outcome: string, codeLifetimeSeconds = DEFAULT_CODE_LIFETIME_SECONDS): Description {
  const d = Object.hasOwn(OUTCOME_DESCRIPTIONS, outcome) ? OUTCOME_DESCRIPTIONS[outcome as Outcome] : OUTCOME_DESCRIPTIONS.received;
  if (!ABOUT_THE_CODE.has(outcome)) return d;
  return { ...d, explanation: `${d.explanation} ${codeLifetimeSentence(codeLifetimeSeconds)}` };
}

/** "A grant code lives 2 minutes (this workspace's setting) and works once." */
export function codeLifetimeSentence(seconds: number): string {
  return `A grant code lives ${describeCodeLifetime(seconds)} (this workspace's setting) and works once.`;
}

/** Zoho's token error explained; invalid_code names the code lifetime (seconds, or a description). */
/** `failure`: Zoho's error, or the failed answer itself — whose throttle answer, in any language ("拒绝访问"), gets the rate-limit hint. */
export function tokenErrorHint(
  failure: string | { error: string; rateLimited?: boolean },
  codeLifetime: number | string = DEFAULT_CODE_LIFETIME_SECONDS,
): string | undefined {
  const error = typeof failure === "string" ? failure : failure.rateLimited ? "Access Denied" : failure.error;
  // Own keys only: an error named "constructor" is Zoho's (or an attacker's) word, not a hint.
  const hint = Object.hasOwn(TOKEN_ERROR_HINTS, error) ? TOKEN_ERROR_HINTS[error] : undefined;
  if (error !== "invalid_code" || !hint) return hint;
  return `${hint} A grant code lives ${typeof codeLifetime === "number" ? describeCodeLifetime(codeLifetime) : codeLifetime}.`;
}
