import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";

// Every rate limit in the console goes through here (rate-limiter-flexible). A limit allows `points`
// per `perSeconds` for one key (an IP address, an account):
//  - store "memory": counted in this process. Cheap enough to stand in front of a flood (no database
//    write per hit); several instances each allow the limit.
//  - store "shared": counted in the database (RateLimit table, one atomic upsert per hit), the same
//    count on every instance: for limits an attacker must not multiply by spreading over instances.
export type Limit = { name: string; points: number; perSeconds: number; store: "memory" | "shared" };
export type Verdict = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

const limiters = new Map<string, RateLimiterAbstract>();

function limiter(limit: Limit): RateLimiterAbstract {
  let found = limiters.get(limit.name);
  if (!found) {
    const options = { keyPrefix: limit.name, points: limit.points, duration: limit.perSeconds };
    found =
      limit.store === "memory"
        ? new RateLimiterMemory(options)
        : new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimit" });
    limiters.set(limit.name, found);
  }
  return found;
}

const refused = (res: RateLimiterRes): Verdict => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });

/** Counts `points` against the key (counted even when refused) and says whether it is within the limit. */
export async function consume(limit: Limit, key: string, points = 1): Promise<Verdict> {
  try {
    const res = await limiter(limit).consume(key, points);
    return { ok: true, remaining: res.remainingPoints };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      metrics().rateLimitRefusals.labels({ limit: limit.name }).inc();
      return refused(rejection);
    }
    throw rejection;
  }
}

/** Whether the key is over its limit now, without counting. */
export async function peek(limit: Limit, key: string): Promise<Verdict> {
  const res = await limiter(limit).get(key);
  if (res && res.consumedPoints > limit.points) return refused(res);
  return { ok: true, remaining: res ? Math.max(0, limit.points - res.consumedPoints) : limit.points };
}

/** Clears the key's count (e.g. after a successful sign-in). */
export async function forget(limit: Limit, key: string): Promise<void> {
  await limiter(limit).delete(key);
}
