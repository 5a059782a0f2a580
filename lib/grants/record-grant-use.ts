import "server-only";
import { db } from "@/lib/db";
import { onUsageFlush } from "@/lib/token-cache/usage-flusher";
import { errorFields, log } from "@/lib/log/logger";

/** Through what a grant served an access token: an API key ("api:<key id>"), the console's Refresh now, or the request runner. */
export type GrantUseSource = `api:${string}` | "console" | "runner";

const EVERY_MS = 60_000;
// The last write per grant and source in this process: most token API requests end here, with no
// database round trip. Bounded: past MAX entries the map starts over (a few extra writes, never a wrong answer).
const written = new Map<string, number>();
const MAX = 50_000;
// bench/token-api.ts measures the cost of tracking by restarting the console with this off.
const OFF = process.env.GRANT_USE_TRACKING === "off";

// Notes waiting for the next batch (lib/token-cache/usage-flusher.ts), per grant and source.
let pending = new Map<string, { grantId: string; source: GrantUseSource; at: number }>();

/**
 * Note that a grant served an access token, at most once a minute per grant and source. Only counted
 * in memory: the batch writes it within one flush interval (and at a clean shutdown), so the token API
 * never waits for it and a lost note costs a minute of last-used precision, not a request. Across
 * instances the row's own time decides (the WHERE below), so two instances within the same minute write once.
 */
export function recordGrantUse(grantId: string, source: GrantUseSource): void {
  if (OFF) return;
  const key = `${grantId} ${source}`;
  const now = Date.now();
  if (now - (written.get(key) ?? 0) < EVERY_MS) return;
  if (written.size >= MAX) written.clear();
  written.set(key, now);
  pending.set(key, { grantId, source, at: now });
}

async function flushGrantUses(): Promise<void> {
  const batch = pending;
  pending = new Map();
  for (const [key, { grantId, source, at: now }] of batch) {
    const at = new Date(now);
    const cutoff = new Date(now - EVERY_MS);
    await db
      .$transaction([
        db.$executeRaw`INSERT INTO "GrantUse" ("grantId", "source", "lastUsedAt") VALUES (${grantId}, ${source}, ${at})
          ON CONFLICT ("grantId", "source") DO UPDATE SET "lastUsedAt" = EXCLUDED."lastUsedAt"
          WHERE "GrantUse"."lastUsedAt" <= ${cutoff}`,
        // Used again: a grant.stale alert already sent re-arms for its next idleness (lib/webhooks/sweep-stale-grants.ts).
        db.$executeRaw`UPDATE "Grant" SET "lastUsedAt" = ${at}, "lastUsedVia" = ${source}, "staleAlertedAt" = NULL
          WHERE "id" = ${grantId} AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${cutoff} OR "lastUsedVia" IS DISTINCT FROM ${source})`,
      ])
      .catch((error: unknown) => {
        written.delete(key);
        // A grant deleted meanwhile (foreign key) is expected; anything else is worth a line, never the token.
        log.warn(errorFields(error), "grants: last-used not recorded");
      });
  }
}

onUsageFlush(flushGrantUses);
