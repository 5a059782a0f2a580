import { tokenErrorHint } from "@/lib/callbacks/describe-outcome";
import { OUTCOME_DESCRIPTIONS } from "@/lib/callbacks/outcomes";
import { dataCentres, findDataCentre } from "@/lib/data-centres/current-data-centres";
import { DEFAULT_CODE_LIFETIME_SECONDS, describeCodeLifetime } from "@/lib/zoho/code-lifetime";
import { matchAccountsServer, type AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import { redirectParams, shownValue, type DebugFinding, type DebugParam } from "./classify-input";
import { sandboxFinding } from "./sandbox-wording";

// A pasted redirect (callback) URL, explained the way the console's own callback route would judge
// it (lib/callbacks/finish-callback.ts), without exchanging anything. The grant code is never shown.

export type RedirectClient = { redirectUris: string[]; provider?: "ZOHO" | "SANDBOX" };
export type RedirectContext = {
  /** The console's origin when the sandbox is on (its accounts servers are then allowed), else null. */
  sandboxOrigin: string | null;
  /** The workspace's client this redirect belongs to, when one was found. */
  client?: RedirectClient | null;
  /** The workspace's grant code lifetime (Settings → Zoho's limits); Zoho's pages say 60 s to 3 min. */
  codeLifetimeSeconds?: number;
};

export type RedirectExplanation = {
  /** The redirect URI the browser came back to: origin and path, no query. */
  base: string;
  fromFragment: boolean;
  params: DebugParam[];
  accountsServer: AllowedAccountsServer | null;
  findings: DebugFinding[];
};

const help = (codeLifetimeSeconds: number): Record<string, string> => ({
  code: `The grant code: single-use, lives about ${describeCodeLifetime(codeLifetimeSeconds)}, exchanged at the accounts-server. Never shown here.`,
  state: "Sent back unchanged from the authorization request; compare it with the one you stored (shortened here).",
  location: "The user's data centre (us, eu, in, ae, …: the console's data-centre table in Settings lists them all).",
  "accounts-server": "Where the code must be exchanged: POST {accounts-server}/oauth/v2/token.",
  error:
    "Zoho's reason for not issuing a code; access_denied means the user pressed Reject, no_org that the user has no organization in an app the scopes name.",
  error_description: "Zoho's words about the error.",
  access_token: "An access token in the fragment (Client-based, implicit flow). Never shown here.",
  expires_in: "Seconds until the access token expires.",
  token_type: "The token type; call APIs with Authorization: Zoho-oauthtoken <access_token>.",
  api_domain: "Where API calls must go for this user.",
});

/** The redirect URI a redirect came back to: scheme, host and path, without query or fragment. */
export function redirectBase(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Normalised for a near-miss comparison: Zoho compares redirect URIs as exact strings. */
const loose = (uri: string) => uri.replace(/\/+$/, "").toLowerCase();

/** The client a redirect came back to: exact registered redirect URI first, then a near miss. */
export function matchRedirectClient<C extends { redirectUris: string[] }>(base: string, clients: C[]): C | null {
  return (
    clients.find((c) => c.redirectUris.includes(base)) ?? clients.find((c) => c.redirectUris.some((u) => loose(u) === loose(base))) ?? null
  );
}

export function explainRedirect(url: URL, context: RedirectContext): RedirectExplanation {
  const { params: q, fromFragment } = redirectParams(url);
  const findings: DebugFinding[] = [];
  const add = (id: string, level: DebugFinding["level"], message: string, fix: string) => findings.push({ id, level, message, fix });
  const base = redirectBase(url);
  const lifetime = context.codeLifetimeSeconds ?? DEFAULT_CODE_LIFETIME_SECONDS;
  const HELP = help(lifetime);
  const params = [...q].map(([name, value]): DebugParam => ({
    name,
    ...shownValue(name, value),
    explanation: Object.hasOwn(HELP, name) ? HELP[name] : "Not a parameter Zoho sends; your app or a proxy added it.",
    known: Object.hasOwn(HELP, name),
  }));

  const error = q.get("error");
  const code = q.get("code");
  const state = q.get("state");
  const rawServer = q.get("accounts-server");
  const location = q.get("location");
  const server = matchAccountsServer(rawServer, context.sandboxOrigin ? [context.sandboxOrigin] : []);

  if (error === "access_denied")
    add("user-rejected", "warning", OUTCOME_DESCRIPTIONS.rejected.explanation, OUTCOME_DESCRIPTIONS.rejected.fix);
  else if (error === "no_org") add("no-org", "error", OUTCOME_DESCRIPTIONS.no_org.explanation, OUTCOME_DESCRIPTIONS.no_org.fix);
  else if (error) {
    const description = q.get("error_description");
    add(
      "zoho-error",
      "error",
      `Zoho redirected back with error=${error.slice(0, 60)}${description ? ` (${description.slice(0, 200)})` : ""}. ${tokenErrorHint(error, lifetime) ?? OUTCOME_DESCRIPTIONS.zoho_error.explanation}`,
      OUTCOME_DESCRIPTIONS.zoho_error.fix,
    );
  } else if (!code)
    add(
      "code-missing",
      "error",
      fromFragment
        ? "A token in the fragment and no code: this is the implicit flow (Client-based apps), which the console does not exchange."
        : OUTCOME_DESCRIPTIONS.missing_code.explanation,
      OUTCOME_DESCRIPTIONS.missing_code.fix,
    );

  if (!state)
    add(
      "state-missing",
      "warning",
      "No state: this redirect cannot be tied to the request that started it (CSRF), and the console's /oauth/callback refuses it.",
      "Send a random, single-use state with the authorization request and check it here.",
    );

  if (!rawServer) {
    if (code)
      add(
        "accounts-server-missing",
        "error",
        OUTCOME_DESCRIPTIONS.accounts_server_missing.explanation,
        OUTCOME_DESCRIPTIONS.accounts_server_missing.fix,
      );
  } else if (server && context.client?.provider && server.provider !== context.client.provider) {
    add(
      "accounts-server-not-allowed",
      "error",
      context.client.provider === "SANDBOX"
        ? `accounts-server=${rawServer.slice(0, 120)} is Zoho's, but this is a sandbox client: Zoho never issued this code, and the console does not send a sandbox client's secret to Zoho.`
        : `accounts-server=${rawServer.slice(0, 120)} is the console's sandbox, but this is a Zoho client: the console does not send a Zoho client's secret to the sandbox.`,
      "Authorize again from the console: it starts each client at its own accounts servers.",
    );
  } else if (!server) {
    const encoded = /^https?%3A/i.test(rawServer) ? " It is also still percent-encoded." : "";
    add(
      "accounts-server-not-allowed",
      "error",
      `accounts-server=${rawServer.slice(0, 120)}: ${OUTCOME_DESCRIPTIONS.accounts_server_not_allowed.explanation}${encoded}`,
      OUTCOME_DESCRIPTIONS.accounts_server_not_allowed.fix,
    );
  }
  if (location && server && location !== server.location) {
    add(
      "location-mismatch",
      "error",
      `location=${location.slice(0, 20)} but accounts-server is the ${server.location} data centre. ${OUTCOME_DESCRIPTIONS.location_mismatch.explanation}`,
      OUTCOME_DESCRIPTIONS.location_mismatch.fix,
    );
  } else if (location && !server && !findDataCentre(location)) {
    add(
      "location-unknown",
      "warning",
      `location=${location.slice(0, 20)} is not one of Zoho's data centres the console knows (${dataCentres()
        .map((dc) => dc.location)
        .join(", ")}).`,
      "Authorize again without editing the redirect.",
    );
  }

  if (code && !error) {
    add(
      "code-expiry",
      "info",
      `A grant code lives ${describeCodeLifetime(lifetime)} (this workspace's setting; Zoho's pages say 60 s to 3 min) and works once. The debugger cannot know how old this one is.`,
      `Exchange it within ${describeCodeLifetime(lifetime)}, server-side, at ${server ? `${server.url}/oauth/v2/token` : "the accounts-server of the redirect"}; if this redirect is older, authorize again.`,
    );
  }

  const client = context.client;
  if (client && !client.redirectUris.includes(base)) {
    const near = client.redirectUris.find((u) => loose(u) === loose(base));
    add(
      "redirect-unregistered",
      "error",
      `${base.slice(0, 200)} is not a redirect URI registered for this client: Zoho only redirects to registered URIs, compared as exact strings.`,
      near
        ? `The registered one is ${near}: use exactly that in the authorization request and at Zoho.`
        : "Register it for the client (at Zoho and in the console), or authorize with a registered one.",
    );
  }
  // Told by the sandbox (a sandbox client, or the sandbox's accounts server): say so, not "Zoho".
  const sandbox = context.client?.provider === "SANDBOX" || server?.provider === "SANDBOX";
  const said = sandbox ? findings.map(sandboxFinding) : findings;
  return { base, fromFragment, params, accountsServer: server, findings: said };
}
