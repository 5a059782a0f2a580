import "server-only";
import { failedCall, observeZohoCall } from "@/lib/metrics/observe-zoho-call";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { readUserInfoAnswer } from "./read-user-info-answer";

// GET {accounts-server}/oauth/user/info — needs the AaaServer.profile.READ scope. Best effort.
export async function fetchUserInfo(server: AllowedAccountsServer, accessToken: string) {
  const started = performance.now();
  try {
    const response = await fetch(callUrl(server, "/oauth/user/info"), {
      headers: { authorization: `Zoho-oauthtoken ${accessToken}` },
      signal: AbortSignal.timeout(5_000),
      cache: "no-store",
    });
    const body: unknown = response.ok ? await response.json().catch(() => null) : null;
    observeZohoCall("user_info", server, "answered", started);
    return body === null ? null : readUserInfoAnswer(body);
  } catch (error) {
    observeZohoCall("user_info", server, failedCall(error), started);
    return null;
  }
}

export const canReadUserInfo = (scopes: string[]) => scopes.some((s) => s.toLowerCase() === "aaaserver.profile.read");
