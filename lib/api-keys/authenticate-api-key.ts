import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Ctx } from "@/lib/auth/context";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";
import { metaFrom } from "@/lib/request-meta";
import { tokenCache } from "@/lib/token-cache/shared-cache";
import type { CachedKey } from "@/lib/token-cache/token-cache";
import { parseApiKey } from "./key-format";
import { recordKeyUse } from "./record-key-use";

/**
 * `Authorization: Bearer zoc_…` → the token API's context: the key as the actor (with its grant list),
 * its workspace, the request's meta — or null (unknown, revoked, expired). The key's row comes from the
 * token cache (lib/token-cache/: evicted by every write that changes it, at most 60 s old) or one query,
 * the workspace joined; the presented key is compared with the stored hash either way. Its use is only
 * counted here (record-key-use.ts writes last use and the hourly audit event in batches).
 */
export async function authenticateApiKey(headers: Headers): Promise<Ctx | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  const parsed = key ? parseApiKey(key) : null;
  if (!key || !parsed) return null;
  const cached = tokenCache().getKey(parsed.prefix);
  metrics()
    .tokenCacheLookups.labels({ cache: "key", result: cached ? "hit" : "miss" })
    .inc();
  const row = cached ?? (await readKey(parsed.prefix));
  if (!row || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  if (!timingSafeEqual(Buffer.from(sha256Hex(key)), Buffer.from(row.hash))) return null;
  const meta = metaFrom(headers);
  recordKeyUse(row.keyId, row.workspace.id, meta);
  return { actor: { kind: "apiKey", keyId: row.keyId, grantIds: row.grantIds }, workspace: row.workspace, meta };
}

async function readKey(prefix: string): Promise<CachedKey | null> {
  const mark = tokenCache().mark();
  const row = await db.apiKey.findUnique({
    where: { prefix },
    select: {
      id: true,
      hash: true,
      grantIds: true,
      expiresAt: true,
      revokedAt: true,
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  // Unknown and revoked keys are not cached: a revoked key is refused by the database every time.
  if (!row || row.revokedAt) return null;
  const cached: CachedKey = { keyId: row.id, hash: row.hash, grantIds: row.grantIds, expiresAt: row.expiresAt, workspace: row.workspace };
  tokenCache().putKey(prefix, cached, mark);
  return cached;
}
