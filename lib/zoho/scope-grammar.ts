// The ONE scope grammar of the console: the server-side schemas, the builder's lint, the debugger
// and the sandbox all judge scopes here (issue 12: there used to be four regexes with two rules).
// Pure, so the builder runs it on every keystroke. Every scope gets one of three verdicts:
//  - invalid: it cannot be a scope at all (empty, whitespace or control characters, a comma,
//    characters outside printable ASCII, absurdly long). Refused everywhere.
//  - known: a shape Zoho documents. OpenID Connect's openid, email and profile ("Sign in using Zoho
//    (OIDC)", https://www.zoho.com/accounts/protocol/oauth/sign-in-using-zoho.html: "The value can be
//    email, profile, or openid"); Service.scope.OPERATION, any case (Zoho CRM's scopes page,
//    https://www.zoho.com/crm/developer/docs/api/v2/scopes.html; ZohoBooks.fullaccess.all); and the
//    documented product scopes whose last part is not an operation (DOCUMENTED_OTHER below).
//  - unusual: anything else. Zoho may still know it, so the builder and the debugger WARN and the
//    server accepts it (Zoho is the judge); the sandbox refuses it as Zoho refuses a scope it does
//    not know ("Invalid OAuth Scope").

export const OPERATIONS = ["ALL", "READ", "CREATE", "UPDATE", "DELETE", "WRITE", "CUSTOM"] as const;
export const OIDC_SCOPES = ["openid", "email", "profile"] as const;
/** Zoho's longest documented scopes are under 60 characters; 200 leaves room and stops garbage. */
export const MAX_SCOPE_LENGTH = 200;
export const MAX_SCOPES = 50;

// Product scopes whose last part is not one of OPERATIONS, each with where it is documented.
const DOCUMENTED_OTHER: ReadonlyMap<string, string> = new Map([
  // PhoneBridge API authentication, https://www.zoho.com/crm/help/api/phonebridge/phonebridgekey.html
  ["phonebridge.call.log", "PhoneBridge call logging"],
  ["phonebridge.zohoone.search", "PhoneBridge Zoho One search"],
]);

const PRINTABLE = /^[\x21-\x7e]+$/;
const DOTTED = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;
const OPERATION_SET = new Set<string>(OPERATIONS);

export type ScopeVerdict =
  | { kind: "invalid"; problem: string }
  | { kind: "known"; service: string | null }
  | { kind: "unusual"; service: string | null; problem: string };

const shown = (scope: string) => `"${scope.slice(0, 80)}${scope.length > 80 ? "…" : ""}"`;

/** The service a scope belongs to (its first part), or null for OpenID Connect's scopes and non-dotted text. */
export function scopeService(scope: string): string | null {
  return DOTTED.test(scope) ? scope.slice(0, scope.indexOf(".")) : null;
}

export function judgeScope(scope: string): ScopeVerdict {
  if (!scope) return { kind: "invalid", problem: "An empty scope." };
  if (scope.length > MAX_SCOPE_LENGTH)
    return {
      kind: "invalid",
      problem: `A scope of ${scope.length} characters: Zoho's are far shorter (at most ${MAX_SCOPE_LENGTH} here).`,
    };
  if (/\s/.test(scope))
    return { kind: "invalid", problem: `${shown(scope)} contains a space: join several scopes with commas, not spaces.` };
  if (scope.includes(",")) return { kind: "invalid", problem: `${shown(scope)} contains a comma: commas separate scopes.` };
  if (!PRINTABLE.test(scope))
    return { kind: "invalid", problem: `${shown(scope)} contains control or non-ASCII characters, which no Zoho scope has.` };
  if ((OIDC_SCOPES as readonly string[]).includes(scope)) return { kind: "known", service: null };
  const service = scopeService(scope);
  if (!service) {
    return {
      kind: "unusual",
      service: null,
      problem: `${shown(scope)} is neither Service.scope.OPERATION (e.g. ZohoCRM.modules.ALL) nor one of openid, email, profile.`,
    };
  }
  if (DOCUMENTED_OTHER.has(scope.toLowerCase())) return { kind: "known", service };
  const parts = scope.split(".");
  const last = parts[parts.length - 1];
  if (parts.length < 3)
    return {
      kind: "unusual",
      service,
      problem: `${shown(scope)} has no operation: Zoho's scopes are usually Service.scope.OPERATION, e.g. ${scope}.ALL.`,
    };
  if (OPERATION_SET.has(last.toUpperCase())) return { kind: "known", service };
  return {
    kind: "unusual",
    service,
    problem: `${shown(scope)} ends in "${last.slice(0, 40)}", not one of the usual operations (${OPERATIONS.join(", ")}). Some Zoho scopes do (PhoneBridge.call.log); check this one against the service's scope list.`,
  };
}

/** The console's own scope inputs (forms, presets): commas or whitespace separate, duplicates kept once. */
export function parseScopes(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/**
 * An authorization request's `scope` parameter read the way Zoho reads it: commas separate. Items
 * that still contain whitespace are a space-separated list Zoho refuses; `spaced` names them.
 */
export function splitScopeParam(text: string): { scopes: string[]; spaced: string[] } {
  const items = [
    ...new Set(
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return { scopes: items, spaced: items.filter((s) => /\s/.test(s)) };
}

/** The same list joined the way Zoho wants it: commas, no spaces. */
export const commaJoined = (text: string) => parseScopes(text).join(",");

export type ScopeParamCheck = { ok: true; scopes: string[] } | { ok: false; problem: string };

/**
 * Strict, like Zoho's authorization and token endpoints (the sandbox's check): a missing list, a
 * space-separated list, an invalid scope, or one Zoho would not know is refused with the reason.
 */
export function checkScopeParam(value: string | null): ScopeParamCheck {
  const text = (value ?? "").trim();
  if (!text) return { ok: false, problem: "The scope parameter is missing." };
  const { scopes, spaced } = splitScopeParam(text);
  if (scopes.length === 0) return { ok: false, problem: "The scope parameter is empty." };
  if (scopes.length > MAX_SCOPES) return { ok: false, problem: `${scopes.length} scopes: at most ${MAX_SCOPES}.` };
  if (spaced.length)
    return {
      ok: false,
      problem: `${shown(spaced[0])} contains a space: join several scopes with commas, not spaces (${commaJoined(spaced[0]).slice(0, 120)}).`,
    };
  for (const scope of scopes) {
    const verdict = judgeScope(scope);
    if (verdict.kind !== "known") return { ok: false, problem: verdict.problem };
  }
  return { ok: true, scopes };
}
