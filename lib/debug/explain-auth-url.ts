import { AUTH_PARAM_HELP } from "@/lib/zoho/auth-param-help";
import { dataCentreLabel } from "@/lib/data-centres/current-data-centres";
import { lintAuthRequest, type LintContext } from "@/lib/zoho/lint-auth-request";
import { matchAccountsServer } from "@/lib/zoho/match-accounts-server";
import { CLIENT_ID_HINT, isZohoClientId } from "@/lib/zoho/zoho-ids";
import { shownValue, type DebugFinding, type DebugParam } from "./classify-input";
import { sandboxFinding } from "./sandbox-wording";

// A pasted authorization URL, explained: each parameter, where the login starts, and what Zoho
// would refuse (lintAuthRequest, plus the checks the builder never needs because it builds them right).

export type AuthUrlContext = {
  /** The workspace's client with this client_id, when there is one. */
  client?: LintContext["client"];
  /** Where the matched client lives: Zoho itself or the console's built-in sandbox. */
  provider?: "ZOHO" | "SANDBOX";
  /** The console's origin when the sandbox is on (its accounts servers are then allowed), else null. */
  sandboxOrigin?: string | null;
};

export type StartServer = {
  url: string;
  allowed: boolean;
  location: string | null;
  label: string | null;
  provider: "ZOHO" | "SANDBOX" | null;
};

export type AuthUrlExplanation = {
  orgWide: boolean;
  server: StartServer;
  clientId: string | null;
  params: DebugParam[];
  findings: DebugFinding[];
};

const KNOWN = Object.keys(AUTH_PARAM_HELP);
const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");
const ALIASES: Record<string, string> = {
  redirecturl: "redirect_uri",
  redirect: "redirect_uri",
  callback: "redirect_uri",
  scopes: "scope",
  clientkey: "client_id",
  responsetypes: "response_type",
  accesstypes: "access_type",
};
const SECRET = /secret|password/i;

/** The known parameter a misspelt one probably meant (redirect_url → redirect_uri), or null. */
export function suggestParam(name: string): string | null {
  if (KNOWN.includes(name)) return null;
  const key = squash(name);
  return KNOWN.find((k) => squash(k) === key) ?? ALIASES[key] ?? null;
}

export function explainAuthUrl(url: URL, context: AuthUrlContext = {}): AuthUrlExplanation {
  const q = url.searchParams;
  const findings: DebugFinding[] = [];
  const add = (id: string, level: DebugFinding["level"], message: string, fix: string) => findings.push({ id, level, message, fix });
  const orgWide = /\/oauth\/v2\/org\/auth\/?$/.test(url.pathname);
  const server = startServer(url, context.sandboxOrigin ?? null);

  const params = [...q].map(([name, value]): DebugParam => {
    const known = KNOWN.includes(name);
    const hint = suggestParam(name);
    const explanation = known
      ? AUTH_PARAM_HELP[name]
      : SECRET.test(name)
        ? "A secret: it must never be in a URL the browser sees."
        : `Unknown parameter: Zoho ignores it.${hint ? ` Did you mean ${hint}?` : ""}`;
    return { name, ...shownValue(name, value), explanation, known };
  });

  if (!server.allowed) {
    const https =
      url.protocol === "http:" &&
      matchAccountsServer(server.url.replace(/^http:/, "https:"), context.sandboxOrigin ? [context.sandboxOrigin] : []);
    add(
      "accounts-server-unknown",
      "error",
      https
        ? `The login starts at ${server.url} over plain http.`
        : `${server.url.slice(0, 120)} is not one of Zoho's accounts servers${context.sandboxOrigin ? " or the console's sandbox" : ""}: a user would type their Zoho password into someone else's page.`,
      https ? "Use https://." : "Start at https://accounts.zoho.com (https://accounts.zoho.com.cn for China).",
    );
  } else if (server.provider === "ZOHO" && server.location === "cn") {
    add(
      "china",
      "info",
      "accounts.zoho.com.cn is Zoho's separate China service: only users of the China data centre can sign in here.",
      "Fine for China users; everyone else starts at https://accounts.zoho.com.",
    );
  } else if (server.provider === "ZOHO" && server.location !== "us") {
    add(
      "start-not-us",
      "warning",
      `The login starts at ${server.url} (${server.label}). Zoho sends every user on to their own data centre from accounts.zoho.com; starting elsewhere fails for users of other data centres.`,
      "Start at https://accounts.zoho.com (except China), and exchange the code at the accounts-server the redirect names.",
    );
  }

  if (server.allowed && context.provider && server.provider !== context.provider) {
    add(
      "provider-mismatch",
      "error",
      context.provider === "SANDBOX"
        ? "This is a sandbox client, but the login starts at Zoho: Zoho does not know its client_id."
        : "This is a Zoho client, but the login starts at the console's sandbox.",
      context.provider === "SANDBOX"
        ? "Build the URL on the Authorize page: it starts sandbox clients at the sandbox."
        : "Start at https://accounts.zoho.com.",
    );
  }

  const responseType = q.get("response_type");
  if (!responseType)
    add("response-type-missing", "error", "response_type is missing: Zoho refuses the request.", "Add response_type=code.");
  else if (responseType !== "code")
    add(
      "response-type",
      "error",
      `response_type is "${responseType.slice(0, 40)}"; Zoho's authorization code flow needs code.`,
      "Use response_type=code.",
    );
  const clientId = q.get("client_id")?.trim() || null;
  if (!clientId)
    add(
      "client-id-missing",
      "error",
      "client_id is missing: Zoho cannot tell which app is asking.",
      "Add the client id from Zoho's API console.",
    );
  else if (!isZohoClientId(clientId))
    add(
      "client-id-shape",
      "warning",
      `client_id ${clientId.slice(0, 60)} does not look like a Zoho client id: Zoho answers "Invalid Client" for an id it does not know.`,
      `${CLIENT_ID_HINT}.`,
    );

  // With a client, lintAuthRequest checks redirect_uri against its type and registered URIs.
  if (!context.client && !q.get("redirect_uri"))
    add(
      "redirect-missing",
      "error",
      "redirect_uri is missing: Zoho does not know where to send the user back.",
      "Add the redirect URI registered for the client in Zoho's API console, exactly.",
    );
  for (const name of new Set(q.keys())) {
    if (SECRET.test(name))
      add(
        "secret-in-url",
        "error",
        `${name} is in the authorization URL: it passes through the browser, its history and Zoho's logs.`,
        "Remove it, and rotate the secret in Zoho's API console: it has leaked.",
      );
    else if (q.getAll(name).length > 1)
      add(
        "duplicate-param",
        "warning",
        `${name} appears ${q.getAll(name).length} times; Zoho reads only one of them.`,
        `Send ${name} once${name === "scope" ? ", with the scopes joined by commas" : ""}.`,
      );
    if (!KNOWN.includes(name) && !SECRET.test(name)) {
      const hint = suggestParam(name);
      add(
        "unknown-param",
        hint ? "warning" : "info",
        `${name.slice(0, 60)} is not a parameter Zoho knows${hint ? ` (did you mean ${hint}?)` : ""}; it is ignored.`,
        hint ? `Rename it to ${hint}.` : "Remove it, unless your own app needs it.",
      );
    }
  }
  for (const name of ["scope", "redirect_uri"]) {
    if (/%[0-9a-f]{2}/i.test(q.get(name) ?? ""))
      add(
        "double-encoded",
        "warning",
        `${name} is still percent-encoded after decoding: the URL was encoded twice.`,
        "Encode each parameter value once.",
      );
  }
  const challenge = q.get("code_challenge");
  const method = q.get("code_challenge_method");
  if (challenge && !method)
    add(
      "pkce-method-missing",
      "warning",
      "code_challenge without code_challenge_method: the server treats it as plain.",
      "Add code_challenge_method=S256 (and send the S256 of the verifier).",
    );
  if (method && !challenge)
    add(
      "pkce-challenge-missing",
      "warning",
      "code_challenge_method without a code_challenge: PKCE is not in use.",
      "Send code_challenge, the base64url SHA-256 of a random verifier.",
    );
  if (orgWide)
    add(
      "org-wide",
      "info",
      "This is the org-wide consent URL (/oauth/v2/org/auth): an administrator consents for the whole organization.",
      "Sign in as an organization admin; use /oauth/v2/auth for a single user.",
    );

  findings.push(
    ...lintAuthRequest(
      {
        scopeText: q.get("scope") ?? "",
        accessType: q.get("access_type"),
        prompt: q.get("prompt"),
        redirectUri: q.get("redirect_uri"),
        state: q.get("state"),
        codeChallenge: challenge,
        codeChallengeMethod: method,
        location: server.location ?? "us",
      },
      { client: context.client },
    ),
  );
  // Told by the sandbox (a sandbox client, or a URL that starts at the sandbox): say so, not "Zoho".
  const sandbox = context.provider === "SANDBOX" || server.provider === "SANDBOX";
  const said = sandbox ? findings.map(sandboxFinding) : findings;
  return { orgWide, server, clientId, params, findings: said };
}

/** The accounts server a URL points at: its origin, plus the sandbox's /sandbox/{location} prefix. */
function startServer(url: URL, sandboxOrigin: string | null): StartServer {
  const prefix = url.pathname.slice(0, url.pathname.indexOf("/oauth/v2/"));
  const base = `${url.protocol}//${url.host}${prefix}`;
  const match = matchAccountsServer(base, sandboxOrigin ? [sandboxOrigin] : []);
  if (!match) return { url: base, allowed: false, location: null, label: null, provider: null };
  return { url: match.url, allowed: true, location: match.location, label: dataCentreLabel(match.location), provider: match.provider };
}
