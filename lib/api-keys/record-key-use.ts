import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { onUsageFlush } from "@/lib/token-cache/usage-flusher";
import { errorFields, log } from "@/lib/log/logger";

const HOUR_MS = 3_600_000;
const hourOf = (at: number) => Math.floor(at / HOUR_MS);

type Use = { at: number; meta: Ctx["meta"] };
type Pending = { keyId: string; workspaceId: string; first: Use; last: Use };
// Uses counted since the last batch, per key: the first and the last (their time, IP and user agent).
let pending = new Map<string, Pending>();

/** Counts one use of an API key, in memory only: the token API answers without writing. */
export function recordKeyUse(keyId: string, workspaceId: string, meta: Ctx["meta"]): void {
  const use = { at: Date.now(), meta };
  const seen = pending.get(keyId);
  if (seen) seen.last = use;
  else pending.set(keyId, { keyId, workspaceId, first: use, last: use });
}

// One short transaction per key used in the interval. The row lock makes instances take turns, so the
// audit trail still gets exactly one "apikey.used" per key per clock hour (the hour of its first use),
// and lastUsedAt never moves back.
async function flushKeyUses(): Promise<void> {
  const batch = pending;
  pending = new Map();
  for (const use of batch.values()) {
    await db
      .$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ lastUsedAt: Date | null }[]>`
          SELECT "lastUsedAt" FROM "ApiKey" WHERE "id" = ${use.keyId} FOR UPDATE`;
        if (!rows.length) return; // deleted with its workspace meanwhile
        const before = rows[0].lastUsedAt?.getTime() ?? null;
        if (before === null || before < use.last.at)
          await tx.apiKey.update({ where: { id: use.keyId }, data: { lastUsedAt: new Date(use.last.at) } });
        const hours = new Map<number, Use>();
        for (const u of [use.first, use.last])
          if (before === null || hourOf(u.at) > hourOf(before)) hours.set(hourOf(u.at), hours.get(hourOf(u.at)) ?? u);
        for (const [hour, u] of hours)
          await recordAuditEvent(tx, {
            workspaceId: use.workspaceId,
            actorId: null,
            action: "apikey.used",
            targetType: "api_key",
            targetId: use.keyId,
            data: { hour: new Date(hour * HOUR_MS).toISOString() },
            ...u.meta,
          });
      })
      .catch((error: unknown) => log.warn(errorFields(error), "api-keys: last use not recorded"));
  }
}

onUsageFlush(flushKeyUses);
