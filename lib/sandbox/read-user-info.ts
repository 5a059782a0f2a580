import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { sandboxUser } from "./users";

// GET …/oauth/user/info with `Authorization: Zoho-oauthtoken <access token>` (needs AaaServer.profile.READ).
export async function readUserInfo(location: string, authorization: string | null): Promise<Response> {
  const token = /^Zoho-oauthtoken\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  const row = token ? await db.sandboxAccessToken.findUnique({ where: { tokenHash: sha256Hex(token) } }) : null;
  if (!row || row.expiresAt.getTime() <= Date.now() || row.location !== location) return zohoError("invalid_oauthtoken", 401);
  if (!row.scopes.some((s) => s.toLowerCase() === "aaaserver.profile.read")) return zohoError("invalid_oauthscope", 401);
  const user = sandboxUser(row.userId);
  if (!user) return zohoError("invalid_oauthtoken", 401);
  return zohoJson({
    ZUID: Number(user.id), Email: user.email, First_Name: user.firstName, Last_Name: user.lastName,
    Display_Name: `${user.firstName} ${user.lastName}`,
  });
}
