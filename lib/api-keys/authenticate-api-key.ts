import "server-only";
import { timingSafeEqual } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { parseApiKey } from "./key-format";

export type ApiCaller = { keyId: string; workspaceId: string; grantIds: string[] };

const TOUCH_EVERY_MS = 60_000;

// `Authorization: Bearer zoc_…` → the key's workspace and grant scope, or null (unknown, revoked,
// expired). Last use is recorded at most once a minute per key, to keep bursts cheap.
export async function authenticateApiKey(authorization: string | null): Promise<ApiCaller | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  const parsed = key ? parseApiKey(key) : null;
  if (!key || !parsed) return null;
  const row = await db.apiKey.findUnique({ where: { prefix: parsed.prefix }, select: { id: true, hash: true, workspaceId: true, grantIds: true, expiresAt: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  if (!timingSafeEqual(Buffer.from(sha256Hex(key)), Buffer.from(row.hash))) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { keyId: row.id, workspaceId: row.workspaceId, grantIds: row.grantIds };
}

export const mayUseGrant = (caller: ApiCaller, grantId: string) => caller.grantIds.length === 0 || caller.grantIds.includes(grantId);
