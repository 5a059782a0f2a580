import "server-only";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { evictionPayloads, CHANNEL } from "./eviction-channel";
import { sharedCache } from "./shared-cache";
import type { Eviction } from "./token-cache";
import { errorFields, log } from "@/lib/log/logger";

/**
 * After a write that changes what the token cache may hold has committed: forgets it in this process
 * at once, and on PostgreSQL tells every other instance (NOTIFY on one channel). Call it after the
 * transaction, from the service that wrote. Never throws: a lost notification is bounded by the
 * entries' own expiry (keys 60 s, tokens their serving time) and by the flush on reconnection.
 */
export async function evictTokenCache(eviction: Eviction, { local = true } = {}): Promise<void> {
  const shared = sharedCache();
  if (local) shared.cache.evict(eviction);
  if (env().embedded) return;
  for (const payload of evictionPayloads(shared.instanceId, eviction)) {
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`.catch((error: unknown) =>
      log.warn(errorFields(error), "token-cache: eviction not sent"),
    );
  }
}
