import { CLIENT_TYPE_RULES, type ClientTypeName } from "./client-types";
import { commaJoined, judgeScope, splitScopeParam } from "./scope-grammar";

// The known mistakes in an authorization request (docs/zoho.md, "What people get wrong"),
// found before Zoho finds them. Pure: the builder runs it on every keystroke, the debugger on pasted URLs.
export type Finding = { id: string; level: "error" | "warning"; message: string; fix: string };

export type LintInput = {
  scopeText: string;
  accessType: string | null;
  prompt: string | null;
  redirectUri: string | null;
  state: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  location: string;
};

export type LintContext = {
  client?: { type: ClientTypeName; redirectUris: string[]; homeDc: string; enabledDcs: string[]; archived: boolean };
  /** The user granted this client before (so Zoho will not ask again without prompt=consent). */
  consentedBefore?: boolean;
  /** Grant codes issued to the client in the last 10 minutes, and the limit (Zoho: 10). */
  recentCodes?: number;
  codeLimit?: number;
  /** The console manages the state itself (then a missing state is expected in a preview). */
  managedState?: boolean;
};

export function lintAuthRequest(input: LintInput, context: LintContext = {}): Finding[] {
  const out: Finding[] = [];
  const add = (id: string, level: Finding["level"], message: string, fix: string) => out.push({ id, level, message, fix });
  const text = input.scopeText.trim();
  const { spaced } = splitScopeParam(text);

  // The one scope grammar (scope-grammar.ts): only what cannot be a scope is an error; a shape Zoho
  // may still know is a warning, never a block on Authorize.
  if (!text) add("scope-missing", "error", "No scope: Zoho refuses the request.", "Add at least one scope, e.g. ZohoCRM.modules.ALL.");
  if (spaced.length)
    add(
      "scope-spaces",
      "warning",
      "Scopes are separated by spaces; Zoho wants commas and reads this as one scope it does not know.",
      `Join scopes with commas: ${commaJoined(text).slice(0, 200)}`,
    );
  for (const scope of new Set(text.split(/[\s,]+/).filter(Boolean))) {
    const verdict = judgeScope(scope);
    if (verdict.kind === "invalid") add("scope-invalid", "error", verdict.problem, "Remove it: no Zoho scope looks like that.");
    else if (verdict.kind === "unusual")
      add(
        "scope-syntax",
        "warning",
        verdict.problem,
        "Check the spelling against Zoho's scope list for the service; Zoho refuses a scope it does not know.",
      );
  }
  if (input.accessType && !["online", "offline"].includes(input.accessType))
    add(
      "access-type",
      "error",
      `access_type "${input.accessType}" is neither online nor offline.`,
      "Use offline for a refresh token, online for a 1-hour access token.",
    );
  if (input.prompt && input.prompt !== "consent")
    add("prompt-value", "warning", `prompt "${input.prompt}" is not a value Zoho knows.`, "Use prompt=consent, or leave it out.");
  if (input.accessType === "offline" && input.prompt !== "consent") {
    add(
      "offline-without-consent",
      context.consentedBefore ? "error" : "warning",
      context.consentedBefore
        ? "This user already consented: without prompt=consent Zoho returns no refresh token."
        : "Without prompt=consent, a user who consented before gets no new refresh token.",
      "Add prompt=consent when you need a refresh token.",
    );
  }
  if (!input.state && !context.managedState)
    add(
      "state-missing",
      "warning",
      "No state: the callback cannot be tied to the request that started it (CSRF).",
      "Send a random, single-use state and check it on the callback.",
    );

  const client = context.client;
  if (client) {
    const rules = CLIENT_TYPE_RULES[client.type];
    if (client.archived) add("client-archived", "error", "The client is archived.", "Restore it on the client's page before authorizing.");
    if (rules.redirectUris === "none")
      add(
        "no-redirect-flow",
        "error",
        `A ${rules.label} does not use the browser redirect flow.`,
        client.type === "SELF"
          ? "Generate the code in Zoho's API console (Self Client) and paste it in the console."
          : "Use the device flow (/oauth/v3/device/code).",
      );
    else if (!input.redirectUri)
      add("redirect-missing", "error", "redirect_uri is missing.", "Add one of the client's registered redirect URIs.");
    else if (!client.redirectUris.includes(input.redirectUri)) {
      const near = client.redirectUris.find(
        (u) => u.replace(/\/+$/, "") === input.redirectUri!.replace(/\/+$/, "") || u.toLowerCase() === input.redirectUri!.toLowerCase(),
      );
      add(
        "redirect-unregistered",
        "error",
        `redirect_uri ${input.redirectUri} is not registered for this client: Zoho shows "Invalid Redirect Uri" and does not redirect.`,
        near
          ? `Zoho compares exact strings; the registered one is ${near}.`
          : "Register it in Zoho's API console, or pick a registered one.",
      );
    }
    const dcs = [client.homeDc, ...client.enabledDcs];
    if (!dcs.includes(input.location))
      add(
        "dc-not-enabled",
        "warning",
        `The client is not enabled in ${input.location}: users there get invalid_client.`,
        "Enable Multi-DC for that data centre in Zoho's API console, then tick it on the client.",
      );
    if ((client.homeDc === "cn") !== (input.location === "cn"))
      add(
        "china-start",
        "error",
        "China is a separate Zoho: its users sign in at accounts.zoho.com.cn and nobody else does.",
        client.homeDc === "cn" ? "Start at the cn data centre." : "Start at accounts.zoho.com (us).",
      );
    if (rules.pkce && !input.codeChallenge)
      add(
        "pkce-missing",
        "error",
        `A ${rules.label} must use PKCE.`,
        "Send code_challenge (S256 of a random verifier) and code_challenge_method=S256.",
      );
  }
  if (input.codeChallenge && input.codeChallengeMethod && !["S256", "plain"].includes(input.codeChallengeMethod))
    add("pkce-method", "error", `code_challenge_method "${input.codeChallengeMethod}" is not S256 or plain.`, "Use S256.");
  if (input.codeChallenge && input.codeChallengeMethod === "plain")
    add("pkce-plain", "warning", "PKCE with plain sends the verifier itself.", "Use S256.");
  const limit = context.codeLimit ?? 10;
  if (context.recentCodes !== undefined && context.recentCodes >= limit)
    add(
      "code-limit",
      "error",
      `${context.recentCodes} grant codes in the last 10 minutes: Zoho allows ${limit} and answers access_denied.`,
      "Wait a few minutes before authorizing again.",
    );
  else if (context.recentCodes !== undefined && context.recentCodes >= limit - 2)
    add(
      "code-limit-near",
      "warning",
      `${context.recentCodes} of ${limit} grant codes used in the last 10 minutes.`,
      "Avoid repeated authorizations; reuse the grant.",
    );
  return out;
}
