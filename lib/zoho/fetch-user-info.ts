import "server-only";
import { z } from "zod";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";

const userInfoSchema = z.object({ ZUID: z.coerce.string(), Email: z.string().optional() });

// GET {accounts-server}/oauth/user/info — needs the AaaServer.profile.READ scope. Best effort.
export async function fetchUserInfo(server: AllowedAccountsServer, accessToken: string) {
  try {
    const response = await fetch(callUrl(server, "/oauth/user/info"), {
      headers: { authorization: `Zoho-oauthtoken ${accessToken}` },
      signal: AbortSignal.timeout(5_000),
      cache: "no-store",
    });
    if (!response.ok) return null;
    const parsed = userInfoSchema.safeParse(await response.json());
    return parsed.success ? { zohoUserId: parsed.data.ZUID, email: parsed.data.Email ?? null } : null;
  } catch {
    return null;
  }
}

export const canReadUserInfo = (scopes: string[]) => scopes.some((s) => s.toLowerCase() === "aaaserver.profile.read");
