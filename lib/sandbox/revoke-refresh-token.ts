import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { faultsForClient, injectFault } from "./faults";
import { readParams } from "./read-params";

// POST {accounts-server}/oauth/v2/token/revoke?token=<refresh token>: the token and its access tokens
// stop working. Unknown, already revoked, or issued in another data centre: invalid_token. The faults
// are those of the workspace that owns the token's client.
export async function revokeRefreshToken(request: Request, { location }: { location: string }): Promise<Response> {
  const token = (await readParams(request)).get("token");
  if (!token) return zohoError("invalid_request", 200, "token is missing");
  const tokenHash = sha256Hex(token);
  const issued = await db.sandboxRefreshToken.findUnique({ where: { tokenHash }, select: { clientId: true } });
  const fault = await injectFault(await faultsForClient(issued?.clientId));
  if (fault) return fault;
  const revoked = await db.$transaction(async (tx) => {
    const { count } = await tx.sandboxRefreshToken.updateMany({ where: { tokenHash, location, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1) await tx.sandboxAccessToken.deleteMany({ where: { refreshTokenHash: tokenHash } });
    return count === 1;
  });
  return revoked ? zohoJson({ status: "success" }) : zohoError("invalid_token");
}
