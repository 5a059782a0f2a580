import "server-only";
import type { Db } from "@/lib/db";
import { KEY_EXPIRY_AHEAD_MS, keyExpiringKey, keyExpiryStage } from "./alert-rules";
import { emitNewAlerts } from "./emit-new-alerts";

const HOUR_MS = 3_600_000;

/**
 * `apikey.expiring` (issue 17): 7 days and 1 day before a live key's expiresAt, one alert each
 * (alert-rules.ts). One range read on the ApiKey_expiresAt index: only keys expiring within 7 days.
 */
export async function sweepExpiringKeys(db: Db, now: Date): Promise<number> {
  const keys = await db.apiKey.findMany({
    where: { revokedAt: null, expiresAt: { gt: now, lte: new Date(now.getTime() + KEY_EXPIRY_AHEAD_MS) } },
    select: { id: true, workspaceId: true, name: true, prefix: true, expiresAt: true },
  });
  return emitNewAlerts(
    db,
    keys.flatMap((k) => {
      const stage = k.expiresAt && keyExpiryStage(k.expiresAt, now);
      if (!stage) return [];
      return [
        {
          workspaceId: k.workspaceId,
          dedupeKey: keyExpiringKey(k.id, stage),
          event: {
            type: "apikey.expiring" as const,
            page: "settings/api-keys",
            // The key's name and its public prefix (what the keys list shows), never the key.
            reason: `The API key “${k.name}” (zoc_${k.prefix}_…) expires at ${k.expiresAt!.toISOString()}, in ${timeLeft(k.expiresAt!, now)}. After that the token API refuses it: create a new key and move your services to it first.`,
          },
        },
      ];
    }),
  );
}

function timeLeft(expiresAt: Date, now: Date): string {
  const hours = Math.max(1, Math.round((expiresAt.getTime() - now.getTime()) / HOUR_MS));
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return `${Math.round(hours / 24)} days`;
}
