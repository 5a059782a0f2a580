import "server-only";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { readUserInfoAnswer } from "./read-user-info-answer";

// GET {accounts-server}/oauth/user/info — needs the AaaServer.profile.READ scope. Best effort.
export async function fetchUserInfo(server: AllowedAccountsServer, accessToken: string) {
  try {
    const response = await fetch(callUrl(server, "/oauth/user/info"), {
      headers: { authorization: `Zoho-oauthtoken ${accessToken}` },
      signal: AbortSignal.timeout(5_000),
      cache: "no-store",
    });
    if (!response.ok) return null;
    return readUserInfoAnswer(await response.json());
  } catch {
    return null;
  }
}

export const canReadUserInfo = (scopes: string[]) => scopes.some((s) => s.toLowerCase() === "aaaserver.profile.read");
