import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db";
import { newOpaqueToken } from "./generate-credentials";
import { ACCESS_TOKEN_TTL_S, MAX_REFRESH_TOKENS_PER_USER_PER_CLIENT } from "./limits";

type Subject = { clientId: string; userId: string; location: string; scopes: string[] };

export async function issueAccessToken(
  tx: Tx,
  subject: Subject,
  refreshTokenHash: string | null,
  ttlSeconds = ACCESS_TOKEN_TTL_S,
): Promise<string> {
  const token = newOpaqueToken();
  await tx.sandboxAccessToken.create({
    data: { tokenHash: sha256Hex(token), refreshTokenHash, ...subject, expiresAt: new Date(Date.now() + ttlSeconds * 1000) },
  });
  return token;
}

// Zoho keeps at most `cap` active access tokens per refresh token: issuing one more invalidates the
// oldest (limits.ts, MAX_ACTIVE_ACCESS_TOKENS_PER_REFRESH_TOKEN), which Zoho's APIs then refuse. An
// evicted token is expired, not deleted: it still counts against the 10-per-10-minutes window.
export async function evictOldestAccessTokens(tx: Tx, refreshTokenHash: string, cap: number): Promise<number> {
  const now = new Date();
  const beyond = await tx.sandboxAccessToken.findMany({
    where: { refreshTokenHash, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { tokenHash: "asc" }],
    skip: cap,
    select: { tokenHash: true },
  });
  if (!beyond.length) return 0;
  await tx.sandboxAccessToken.updateMany({ where: { tokenHash: { in: beyond.map((t) => t.tokenHash) } }, data: { expiresAt: now } });
  return beyond.length;
}

// Zoho keeps 20 refresh tokens per user per client: the 21st silently deletes the OLDEST one and
// its access tokens. Installs still holding it then fail with invalid_code.
// A token from org-wide consent (/oauth/v2/org/auth) is the organization's, not the consenting admin's:
// "Tokens are bound to the app instance" and stay valid when that admin leaves
// (https://www.zoho.com/accounts/protocol/oauth/instance-level-oauth.html). So it neither counts toward
// nor is evicted by the user's cap; Zoho documents no cap of its own for them, so the sandbox sets none.
export async function issueRefreshToken(
  tx: Tx,
  subject: Subject,
  { orgWide = false }: { orgWide?: boolean } = {},
): Promise<{ token: string; hash: string }> {
  if (!orgWide) await evictPastCap(tx, subject);
  const token = newOpaqueToken();
  const hash = sha256Hex(token);
  await tx.sandboxRefreshToken.create({ data: { tokenHash: hash, ...subject, orgWide } });
  return { token, hash };
}

async function evictPastCap(tx: Tx, subject: Subject) {
  const active = await tx.sandboxRefreshToken.findMany({
    where: { clientId: subject.clientId, userId: subject.userId, orgWide: false, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { tokenHash: true },
  });
  const evict = active.slice(0, Math.max(0, active.length - MAX_REFRESH_TOKENS_PER_USER_PER_CLIENT + 1)).map((t) => t.tokenHash);
  if (evict.length) {
    await tx.sandboxRefreshToken.updateMany({ where: { tokenHash: { in: evict } }, data: { revokedAt: new Date() } });
    await tx.sandboxAccessToken.deleteMany({ where: { refreshTokenHash: { in: evict } } });
  }
}
