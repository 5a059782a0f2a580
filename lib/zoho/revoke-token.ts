import "server-only";
import { failedCall, observeZohoCall } from "@/lib/metrics/observe-zoho-call";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { readRevokeAnswer, type RevokeAnswer } from "./read-revoke-answer";

export type { RevokeAnswer };

// POST {accounts-server}/oauth/v2/token/revoke?token=<refresh token>. Revoking a refresh token also
// kills its access tokens.
export async function revokeToken(server: AllowedAccountsServer, refreshToken: string): Promise<RevokeAnswer> {
  const started = performance.now();
  try {
    const response = await fetch(callUrl(server, `/oauth/v2/token/revoke?${new URLSearchParams({ token: refreshToken })}`), {
      method: "POST",
      signal: AbortSignal.timeout(10_000),
      cache: "no-store",
    });
    const body = await response.json().catch(() => null);
    observeZohoCall("revoke", server, "answered", started);
    return readRevokeAnswer(response.status, body);
  } catch (error) {
    observeZohoCall("revoke", server, failedCall(error), started);
    return { outcome: "unreachable", error: error instanceof Error && error.name === "TimeoutError" ? "timeout" : "unreachable" };
  }
}
