import "server-only";
import { pickClientSecret } from "@/lib/clients/pick-client-secret";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";
import { refreshOutcome } from "@/lib/metrics/refresh-outcome";
import { requestToken } from "@/lib/zoho/request-token";
import type { TokenAnswer } from "@/lib/zoho/normalise-token-answer";
import type { GrantForRefresh } from "./load-grant-for-refresh";
import { grantServer } from "./grant-server";

const RETRY_DELAYS_MS = [300, 1200];
const transient = (a: TokenAnswer) => !a.ok && (a.error === "unreachable" || a.error === "timeout" || a.status >= 500);

// One refresh at Zoho, with retries and backoff for network faults and 5xx only (never for Zoho's
// own refusals, which a retry cannot fix). Every attempt is logged: it is the budget's record.
export async function refreshAtZoho(grant: GrantForRefresh, trigger: string): Promise<TokenAnswer> {
  const server = grantServer(grant.accountsServer);
  const secretCipher = pickClientSecret(grant.client, grant.location);
  if (!server)
    return {
      ok: false,
      error: "accounts_server_not_allowed",
      description: "The grant's accounts server is not on the allowed list (is the sandbox off?).",
      status: 0,
    };
  const orgFlow = grant.flow === "client_credentials";
  if ((!grant.refreshCipher && !orgFlow) || !secretCipher)
    return {
      ok: false,
      error: "no_refresh_token",
      description: "This grant has no refresh token (online access) or its client has no secret.",
      status: 0,
    };
  const credentials = { clientId: grant.client.zohoClientId, clientSecret: unseal(secretCipher) };
  // A Self Client's organization grant renews with client_credentials; every other grant with its refresh token.
  const request = orgFlow
    ? { grantType: "client_credentials" as const, scopes: grant.scopes, soid: grant.soid ?? undefined }
    : { grantType: "refresh_token" as const, refreshToken: unseal(grant.refreshCipher!) };
  let answer: TokenAnswer | undefined;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt - 1]));
    const started = performance.now();
    answer = await requestToken(server, credentials, request);
    metrics()
      .refreshes.labels({ outcome: refreshOutcome(answer), dc: server.location.slice(0, 20), provider: server.provider.toLowerCase() })
      .inc();
    await db.grantRefresh.create({
      data: {
        grantId: grant.id,
        ok: answer.ok,
        error: answer.ok ? null : answer.error,
        latencyMs: Math.round(performance.now() - started),
        trigger,
      },
    });
    if (!transient(answer)) break;
  }
  return answer!;
}
