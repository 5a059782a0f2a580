import "server-only";
import type { Db } from "@/lib/db";
import type { AlertEvent } from "./alert-payload";
import { emitAlert } from "./emit-alert";

/** An alert the sweep found due, with the key that makes it fire once. */
export type DueAlert = { workspaceId: string; dedupeKey: string; event: AlertEvent };

const CHUNK = 200;

/**
 * The sweep's alerts (sweep-alerts.ts) that were not sent yet: the keys already used are read first (one
 * indexed query per 200, on Alert's unique (workspaceId, dedupeKey)), so a sweep that finds only alerts
 * it sent before writes nothing; each new one is emitted in its own short transaction. Two instances
 * racing on the same alert still write it once (emitAlert skips a used key). Returns how many were new.
 */
export async function emitNewAlerts(db: Db, due: DueAlert[]): Promise<number> {
  let emitted = 0;
  for (let i = 0; i < due.length; i += CHUNK) {
    const chunk = due.slice(i, i + CHUNK);
    const used = await db.alert.findMany({
      where: { OR: chunk.map((d) => ({ workspaceId: d.workspaceId, dedupeKey: d.dedupeKey })) },
      select: { workspaceId: true, dedupeKey: true },
    });
    const seen = new Set(used.map((u) => `${u.workspaceId} ${u.dedupeKey}`));
    for (const d of chunk) {
      if (seen.has(`${d.workspaceId} ${d.dedupeKey}`)) continue;
      if (await db.$transaction((tx) => emitAlert(tx, d.workspaceId, d.event, { dedupeKey: d.dedupeKey }))) emitted++;
    }
  }
  return emitted;
}
