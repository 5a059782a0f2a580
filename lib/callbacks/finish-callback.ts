import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import { exchangeCode, type ExchangeClient } from "@/lib/authorizations/exchange-code";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { getCodeLifetime } from "@/lib/workspaces/get-code-lifetime";
import { matchAccountsServer } from "@/lib/zoho/match-accounts-server";
import type { TokenAnswer } from "@/lib/zoho/normalise-token-answer";
import { diagnoseFailure, grantWarnings } from "./diagnose";
import { OUTCOME_DESCRIPTIONS } from "./outcomes";
import { countCallback, failCallback, updateCallback, type FailedOutcome } from "./record-callback";

export type CallbackClient = Omit<ExchangeClient, "id" | "workspaceId"> & { provider: "ZOHO" | "SANDBOX" };

type Finish = {
  id: string;
  params: URLSearchParams;
  link: { workspaceId: string; clientId: string; authRequestId?: string };
  client: CallbackClient;
  redirectUri: string;
  codeVerifier?: string;
  /** What the authorization asked for, when the console started it. */
  asked: { accessType: string; scopes: string[]; orgWide?: boolean } | null;
  userId: string;
  via: Record<string, string>;
};

// Errors on the redirect that have an outcome of their own; any other is zoho_error.
const REDIRECT_ERRORS: Record<string, FailedOutcome> = { access_denied: "rejected", no_org: "no_org" };

// The common end of both callback routes, once the callback is tied to a client: Zoho's error or
// the code, the accounts server check, then the one code exchange (lib/authorizations/exchange-code.ts),
// whose grant commits with the callback's grant_created outcome. ctx: the request's meta (anonymous:
// the state or the client's callback path is the authority, checked before this).
export async function finishCallback(ctx: { meta: RequestMeta }, f: Finish) {
  const { id, params, link } = f;
  const error = params.get("error");
  if (error)
    return failCallback(id, { ...link, outcome: Object.hasOwn(REDIRECT_ERRORS, error) ? REDIRECT_ERRORS[error] : "zoho_error", error });
  const code = params.get("code");
  if (!code) return failCallback(id, { ...link, outcome: "missing_code" });

  const accountsServer = params.get("accounts-server");
  if (!accountsServer) return failCallback(id, { ...link, outcome: "accounts_server_missing" });
  const server = matchAccountsServer(accountsServer, sandboxOrigins());
  if (!server || server.provider !== f.client.provider) {
    return failCallback(id, {
      ...link,
      outcome: "accounts_server_not_allowed",
      diagnosis: `"${accountsServer.slice(0, 200)}" is not an allowed accounts server for this ${f.client.provider === "SANDBOX" ? "sandbox " : ""}client.`,
    });
  }
  const location = params.get("location");
  if (location && location !== server.location) {
    return failCallback(id, {
      ...link,
      outcome: "location_mismatch",
      diagnosis: `location=${location.slice(0, 20)} but accounts-server is the ${server.location} data centre.`,
    });
  }

  const exchanged = await exchangeCode(ctx, {
    client: { ...f.client, id: link.clientId, workspaceId: link.workspaceId },
    server,
    request: { grantType: "authorization_code", code, redirectUri: f.redirectUri, codeVerifier: f.codeVerifier },
    requestedScopes: f.asked?.scopes ?? null,
    grant: { createdById: f.userId, via: f.via, orgWide: f.asked?.orgWide },
    alongside: (tx, { grantId, answer, latencyMs }) => {
      const warnings = f.asked ? grantWarnings(f.asked, answer) : [];
      const diagnosis = warnings.length ? warnings.join(" ") : OUTCOME_DESCRIPTIONS.grant_created.explanation;
      return updateCallback(tx, id, { ...link, outcome: "grant_created", grantId, latencyMs, exchange: describeAnswer(answer), diagnosis });
    },
  });
  if (exchanged.ok) return countCallback("grant_created");
  if (exchanged.reason === "no_secret") return failCallback(id, { ...link, outcome: "no_secret" });
  const { answer, latencyMs } = exchanged;
  return failCallback(id, {
    ...link,
    latencyMs,
    exchange: describeAnswer(answer),
    error: answer.error,
    ...diagnoseFailure(answer, await getCodeLifetime(link.workspaceId)),
  });
}

// Zoho's answer as stored and shown: shape and metadata, never the tokens.
function describeAnswer(answer: TokenAnswer) {
  if (!answer.ok) return { ok: false, status: answer.status, error: answer.error, error_description: answer.description };
  return {
    ok: true,
    token_type: answer.tokenType,
    api_domain: answer.apiDomain,
    expires_in: answer.expiresInSeconds,
    scope: answer.scopes?.join(" ") ?? null,
    access_token: "[redacted]",
    refresh_token: answer.refreshToken ? "[redacted]" : null,
    ...(answer.idToken && { id_token: "[redacted]" }),
  };
}
