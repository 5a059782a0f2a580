import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { faultsForClient, injectFault, takeRevokeFailure } from "./faults";
import { readParams } from "./read-params";

// POST {accounts-server}/oauth/v2/token/revoke?token=<refresh token>: the token and its access tokens
// stop working, {"status":"success"}. Unknown, already revoked, or issued in another data centre:
// HTTP 400 — "If the refresh token is invalid, the revoke token request will not be executed and you
// will receive an HTTP status code 400" (https://www.zoho.com/accounts/protocol/oauth/revoke-refresh-token.html).
// Zoho documents the status, not the body; it is JSON, as Zoho's SDKs read it (zoho/zohocrm-python-sdk-8.0,
// zohocrmsdk/src/com/zoho/api/authenticator/oauth_token.py, revoke_refresh_token: response.json(), then
// status == "success"), so {"error":"invalid_token"}. The faults are those of the workspace that owns
// the token's client.
export async function revokeRefreshToken(request: Request, { location }: { location: string }): Promise<Response> {
  const token = (await readParams(request)).get("token");
  if (!token) return zohoError("invalid_request", 200, "token is missing");
  const tokenHash = sha256Hex(token);
  const issued = await db.sandboxRefreshToken.findUnique({ where: { tokenHash }, select: { clientId: true } });
  const faults = await faultsForClient(issued?.clientId);
  const fault = (await injectFault(faults)) ?? (faults.revokeFailures > 0 ? await takeRevokeFailure(issued?.clientId) : null);
  if (fault) return fault;
  const revoked = await db.$transaction(async (tx) => {
    const { count } = await tx.sandboxRefreshToken.updateMany({
      where: { tokenHash, location, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 1) await tx.sandboxAccessToken.deleteMany({ where: { refreshTokenHash: tokenHash } });
    return count === 1;
  });
  return revoked ? zohoJson({ status: "success" }) : zohoError("invalid_token", 400);
}
