import { tokenErrorHint } from "@/lib/callbacks/describe-outcome";
import { zohoDataCentres } from "@/lib/data-centres/current-data-centres";
import { DEFAULT_CODE_LIFETIME_SECONDS, describeCodeLifetime } from "@/lib/zoho/code-lifetime";
import { isAllowedApiDomain } from "@/lib/zoho/match-api-domain";
import { normaliseTokenAnswer, type TokenAnswer } from "@/lib/zoho/normalise-token-answer";
import type { DebugFinding, DebugParam } from "./classify-input";

// A pasted token endpoint answer, explained: normalised like every answer the console reads, with
// Zoho's errors turned into fixes. Tokens are never echoed back: only their last 4 characters.

export type TokenExplanation = { answer: TokenAnswer; params: DebugParam[]; findings: DebugFinding[] };

const HELP: Record<string, string> = {
  access_token: "The access token; only its last 4 characters are shown.",
  refresh_token: "The refresh token (offline access); never expires, keep it encrypted. Only its last 4 characters are shown.",
  id_token: "An OpenID Connect ID token; only its last 4 characters are shown.",
  api_domain: "Where this user's API calls must go.",
  token_type: "Bearer; Zoho's APIs take it as Authorization: Zoho-oauthtoken <access_token>.",
  expires_in: "Access token lifetime, in seconds (a few older answers: milliseconds).",
  expires_in_sec: "Access token lifetime in seconds, in older answers.",
  scope: "The scopes granted.",
  error: "Zoho's error code: the answer failed even if the HTTP status was 200.",
  error_description: "Zoho's words about the error.",
  status: '"failure" on a refused request (Zoho\'s rate-limit answer carries it, in any language).',
};

// Fixes for Zoho's token errors; the explanations are tokenErrorHint's, shared with the callback.
const invalidCodeFix = (seconds: number) =>
  `Exchange each code once, within ${describeCodeLifetime(seconds)} of the redirect, and make the callback idempotent (no retries). For a refresh token: it was revoked or pushed out by the 20-per-user cap — authorize again.`;
const FIXES: Record<string, string> = {
  invalid_client:
    "Send the token call to the accounts-server named in the redirect, and enable Multi-DC for that data centre in Zoho's API console.",
  invalid_client_secret: "Copy the secret again from Zoho's API console, for the data centre the call went to.",
  invalid_redirect_uri: "Send exactly the redirect_uri the authorization request used (a registered one, character for character).",
  invalid_scope:
    "Check the scope spelling (Service.scope.OPERATION), join scopes with commas, and make sure the client may use that service.",
  invalid_code_verifier: "Send the code_verifier whose S256 was the code_challenge of the same authorization.",
  "Access Denied": "Cache the access token for its hour and refresh only shortly before it expires — never on every request.",
  access_denied: "Zoho refused more grant codes (10 per client per 10 minutes): wait a few minutes, then authorize once.",
  missing_org_info:
    "Add soid=Service.orgId (e.g. ZohoCRM.10234695) to the client_credentials call: this Zoho app has several organizations or portals.",
};
const RATE_LIMITED_HINT = 'Zoho is rate-limiting this client ("too many requests continuously"). Wait a few minutes.';
const EXTRA_HINTS: Record<string, string> = {
  access_denied: "Zoho refused: too many grant codes were issued for this client in a short time.",
};

const SECRET = /token|secret|code|password/i;
/** A table's own entry only: a pasted error named "constructor" is not a hint. */
const own = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);
const lastFour = (value: string) => (value.length > 8 ? `…${value.slice(-4)}` : "[redacted]");

function param(name: string, raw: unknown): DebugParam {
  const text = typeof raw === "string" ? raw : (JSON.stringify(raw) ?? String(raw));
  const secret = SECRET.test(name) && name !== "token_type";
  const value = secret ? lastFour(text) : text.slice(0, 500);
  return {
    name,
    value,
    copy: secret ? null : text,
    explanation: HELP[name] ?? "Not a field Zoho's token endpoint sends.",
    known: name in HELP,
  };
}

/** `sandboxOrigin`: the console's own origin when its sandbox is on (its grants' api_domain is {origin}/sandbox/{loc}/api).
 * `codeLifetimeSeconds`: the workspace's grant code lifetime (Settings), named in the invalid_code fix. */
export function explainTokenAnswer(
  json: Record<string, unknown>,
  {
    sandboxOrigin = null,
    codeLifetimeSeconds = DEFAULT_CODE_LIFETIME_SECONDS,
  }: { sandboxOrigin?: string | null; codeLifetimeSeconds?: number } = {},
): TokenExplanation {
  const answer = normaliseTokenAnswer(200, json);
  const params = Object.entries(json).map(([name, value]) => param(name, value));
  const findings: DebugFinding[] = [];
  const add = (id: string, level: DebugFinding["level"], message: string, fix: string) => findings.push({ id, level, message, fix });

  if (!answer.ok) {
    const { error, description } = answer;
    // The throttle answer in any language (e.g. "拒绝访问"): recognised by its shape, not its words.
    const id = answer.rateLimited
      ? "rate-limited"
      : error === "unreadable_answer"
        ? "unreadable"
        : `error-${error.replace(/[^\w-]/g, "_").slice(0, 40)}`;
    const hint = tokenErrorHint(answer, codeLifetimeSeconds) ?? (answer.rateLimited ? RATE_LIMITED_HINT : own(EXTRA_HINTS, error));
    const said = description && error !== "unreadable_answer" ? ` Zoho said: "${description.slice(0, 200)}".` : "";
    if (error === "unreadable_answer")
      add(
        id,
        "error",
        "A field has the wrong type (access_token, error and the others are strings; expires_in a number).",
        "Paste the answer exactly as Zoho sent it.",
      );
    else
      add(
        id,
        "error",
        `error=${error.slice(0, 60)}: ${hint ?? "Zoho refused the request."}${said}`,
        (error === "invalid_code" ? invalidCodeFix(codeLifetimeSeconds) : own(FIXES, answer.rateLimited ? "Access Denied" : error)) ??
          "Read Zoho's description, check the request's parameters and try again.",
      );
    add("error-with-200", "info", "Zoho sends most token errors with HTTP 200.", "Read the JSON error field, never just the HTTP status.");
    return { answer, params, findings };
  }

  const expiresIn = Number(json.expires_in);
  if (json.expires_in_sec !== undefined) {
    add(
      "expires-in-sec",
      "info",
      `An older answer: expires_in_sec=${String(json.expires_in_sec)}${json.expires_in !== undefined ? ` next to expires_in=${String(json.expires_in)}` : " instead of expires_in"}.`,
      "Read expires_in_sec first, then expires_in (the console normalises both).",
    );
  } else if (json.expires_in === undefined) {
    add(
      "expires-missing",
      "warning",
      "No expires_in: the lifetime is unknown (Zoho's access tokens live 1 hour).",
      "Assume 3600 s and refresh shortly before that runs out.",
    );
  } else if (expiresIn > 86_400) {
    add(
      "expires-in-ms",
      "warning",
      `expires_in=${expiresIn} is in milliseconds: ${answer.expiresInSeconds} s.`,
      "Treat expires_in above a day as milliseconds and divide by 1000.",
    );
  }

  if (!answer.refreshToken) {
    add(
      "no-refresh-token",
      "warning",
      "No refresh_token. Expected for a refresh_token grant; for a code exchange, the request had access_type=online (the default), or the user had consented before and prompt=consent was missing.",
      "Authorize again with access_type=offline&prompt=consent, and store the refresh token encrypted.",
    );
  }

  // api_domain need not be www.zohoapis.* (Zoho's multi-DC example answers https://api.zoho.eu; Writer
  // and FSM answer their own hosts): use it as sent, and only check it is a Zoho host.
  const apiDomain = answer.apiDomain?.replace(/\/+$/, "") ?? null;
  const known = zohoDataCentres().find((dc) => dc.apiDomain === apiDomain);
  const sandbox = !!sandboxOrigin && !!apiDomain?.startsWith(`${sandboxOrigin.replace(/\/$/, "")}/sandbox/`);
  if (!apiDomain) {
    add(
      "api-domain-missing",
      "warning",
      "No api_domain: API calls must go to the user's data centre, and defaulting to www.zohoapis.com fails for everyone outside the US.",
      "Use the API domain of the accounts server that issued the token (e.g. https://www.zohoapis.eu for accounts.zoho.eu), and keep api_domain with the token.",
    );
  } else if (known) {
    add(
      "api-domain",
      "info",
      `API calls for this user go to ${known.apiDomain} (${known.label}).`,
      `Call ${known.apiDomain}/… with Authorization: Zoho-oauthtoken <access_token>.`,
    );
  } else if (isAllowedApiDomain(apiDomain, sandboxOrigin ? [sandboxOrigin] : [])) {
    const where = sandbox
      ? "this console's sandbox"
      : "a Zoho host, though not a data centre's usual www.zohoapis.* (Zoho's multi-DC answers and some products, e.g. Writer or FSM, give their own)";
    add(
      "api-domain-zoho-host",
      "info",
      `API calls for this user go to ${apiDomain.slice(0, 120)}: ${where}.`,
      "Use api_domain exactly as Zoho sent it, and keep it with the token.",
    );
  } else {
    add(
      "api-domain-unknown",
      "warning",
      `api_domain=${apiDomain.slice(0, 120)} is not a Zoho host (nor this console's sandbox).`,
      "Check where this answer came from: Zoho's api_domain is always an https host under a Zoho domain (zohoapis.com, zoho.eu, zohocloud.ca, …).",
    );
  }

  if (typeof json.scope === "string" && /\s/.test(json.scope.trim())) {
    add(
      "scope-spaces",
      "info",
      "The answer lists the granted scopes separated by spaces; requests join them with commas.",
      "Split on spaces and commas when reading it; never paste it back into an authorization URL as it is.",
    );
  }
  return { answer, params, findings };
}
