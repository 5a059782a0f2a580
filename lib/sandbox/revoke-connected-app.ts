import "server-only";
import { db } from "@/lib/db";

// What a Zoho user does at accounts.zoho.com → Sessions → Connected Apps → Revoke Access ("Users
// themselves can remove the tokens for the apps they've granted permission to",
// https://www.zoho.com/developer/oauth/revoke-oauth-token.html): every refresh token the client holds
// for that user stops working, with its access tokens. The app is not told; its next refresh answers
// invalid_code, its next revoke HTTP 400.
export async function revokeConnectedApp(clientId: string, userId: string | null): Promise<number> {
  return db.$transaction(async (tx) => {
    const where = { clientId, revokedAt: null, ...(userId && { userId }) };
    const tokens = await tx.sandboxRefreshToken.findMany({ where, select: { tokenHash: true } });
    if (!tokens.length) return 0;
    const hashes = tokens.map((t) => t.tokenHash);
    await tx.sandboxRefreshToken.updateMany({ where: { tokenHash: { in: hashes } }, data: { revokedAt: new Date() } });
    await tx.sandboxAccessToken.deleteMany({ where: { refreshTokenHash: { in: hashes } } });
    return hashes.length;
  });
}
