import "server-only";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { grantedAccessType } from "./issue-grant-code";
import { issueAccessToken, issueRefreshToken } from "./issue-tokens";

type Approved = {
  deviceCodeHash: string;
  clientId: string;
  scopes: string[];
  accessType: string;
  prompt: string | null;
  userId: string;
  userLocation: string;
};

// The poll after consent, at the user's data centre: the tokens, once. Zoho's answer for a device
// (Multi-DC page for non-browser apps): access_token, api_domain, token_type, expires_in — and a
// refresh token for access_type=offline, under the same rules as a grant code (issue-grant-code.ts).
export async function issueDeviceTokens(row: Approved, apiDomain: string, ttlSeconds: number): Promise<Response> {
  const subject = { clientId: row.clientId, userId: row.userId, location: row.userLocation, scopes: row.scopes };
  const tokens = await db.$transaction(async (tx) => {
    // Used once, even when two polls race.
    const { count } = await tx.sandboxDeviceCode.updateMany({
      where: { deviceCodeHash: row.deviceCodeHash, status: "approved" },
      data: { status: "used" },
    });
    if (count !== 1) return null;
    const accessType = await grantedAccessType(
      tx,
      { clientId: row.clientId, accessType: row.accessType as "online" | "offline", prompt: row.prompt },
      { id: row.userId },
    );
    const refresh = accessType === "offline" ? await issueRefreshToken(tx, subject) : null;
    const access = await issueAccessToken(tx, subject, refresh?.hash ?? null, ttlSeconds);
    return { access, refresh: refresh?.token ?? null };
  });
  if (!tokens) return zohoError("invalid_code");
  return zohoJson({
    access_token: tokens.access,
    ...(tokens.refresh ? { refresh_token: tokens.refresh } : {}),
    api_domain: apiDomain,
    token_type: "Bearer",
    expires_in: ttlSeconds,
  });
}
