import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { crmError } from "./crm-errors";

export type ApiToken = { userId: string; location: string; scopes: string[] };

// `Authorization: Zoho-oauthtoken <access token>`, as Zoho's APIs take it. No header: Zoho's
// AUTHENTICATION_FAILURE. Unknown, expired, evicted (one more than Zoho keeps per refresh token),
// revoked, or issued in another data centre than this API domain's: INVALID_TOKEN.
export async function readApiToken(request: Request, location: string): Promise<ApiToken | Response> {
  const header = request.headers.get("authorization")?.trim() ?? "";
  if (!header) return crmError("AUTHENTICATION_FAILURE");
  const token = /^Zoho-oauthtoken\s+(\S{1,1100})$/i.exec(header)?.[1];
  const row = token
    ? await db.sandboxAccessToken.findUnique({
        where: { tokenHash: sha256Hex(token) },
        select: { userId: true, location: true, scopes: true, expiresAt: true },
      })
    : null;
  if (!row || row.expiresAt.getTime() <= Date.now() || row.location !== location) return crmError("INVALID_TOKEN");
  return { userId: row.userId, location: row.location, scopes: row.scopes };
}

/** Whether the token's scopes allow Service.scope at READ (ALL or READ, any case), e.g. ZohoCRM.users. */
export function mayRead(token: ApiToken, serviceScope: string): boolean {
  const wanted = serviceScope.toLowerCase();
  return token.scopes.some((s) => [`${wanted}.all`, `${wanted}.read`].includes(s.toLowerCase()));
}
