import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";

// POST …/oauth/v2/token/revoke?token=<refresh token>: the token and its access tokens stop working.
export async function revokeRefreshToken(params: URLSearchParams): Promise<Response> {
  const token = params.get("token");
  if (!token) return zohoError("invalid_request");
  const tokenHash = sha256Hex(token);
  const revoked = await db.$transaction(async (tx) => {
    const { count } = await tx.sandboxRefreshToken.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.sandboxAccessToken.deleteMany({ where: { refreshTokenHash: tokenHash } });
    return count;
  });
  return revoked ? zohoJson({ status: "success" }) : zohoError("invalid_token");
}
