import "server-only";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";

export type RevokeAnswer = { ok: true } | { ok: false; error: string; reachable: boolean };

// POST {accounts-server}/oauth/v2/token/revoke?token=<refresh token>. Revoking a refresh token also
// kills its access tokens.
export async function revokeToken(server: AllowedAccountsServer, refreshToken: string): Promise<RevokeAnswer> {
  try {
    const response = await fetch(callUrl(server, `/oauth/v2/token/revoke?${new URLSearchParams({ token: refreshToken })}`), {
      method: "POST",
      signal: AbortSignal.timeout(10_000),
      cache: "no-store",
    });
    const body = (await response.json().catch(() => null)) as { status?: string; error?: string } | null;
    if (body?.status === "success") return { ok: true };
    if (response.status >= 500 || !body) return { ok: false, error: `HTTP ${response.status}`, reachable: false };
    return { ok: false, error: body.error ?? `HTTP ${response.status}`, reachable: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error && error.name === "TimeoutError" ? "timeout" : "unreachable", reachable: false };
  }
}
