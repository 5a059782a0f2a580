import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { displayName, sandboxUser } from "./users";

const PROFILE_SCOPE = "aaaserver.profile.read";

// GET {accounts-server}/oauth/user/info with `Authorization: Zoho-oauthtoken <access token>`;
// needs the AaaServer.profile.READ scope.
export async function readUserInfo(request: Request, { location }: { location: string }): Promise<Response> {
  const token = /^Zoho-oauthtoken\s+(\S{1,300})$/i.exec(request.headers.get("authorization")?.trim() ?? "")?.[1];
  const row = token ? await db.sandboxAccessToken.findUnique({ where: { tokenHash: sha256Hex(token) } }) : null;
  const user = row && sandboxUser(row.userId);
  if (!row || !user || row.expiresAt.getTime() <= Date.now() || row.location !== location) return zohoError("invalid_oauthtoken", 401);
  if (!row.scopes.some((s) => s.toLowerCase() === PROFILE_SCOPE)) return zohoError("invalid_oauthscope", 401);
  return zohoJson({
    ZUID: Number(user.id),
    Email: user.email,
    First_Name: user.firstName,
    Last_Name: user.lastName,
    Display_Name: displayName(user),
  });
}
