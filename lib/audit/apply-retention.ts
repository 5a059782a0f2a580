import "server-only";
import { db } from "@/lib/db";
import { dropOldSegments } from "./drop-old-segments";
import { log } from "@/lib/log/logger";

// Every workspace with a retention setting, once: run hourly by instrumentation.ts (in every
// instance: the drop takes the workspace's audit lock) and right after the setting changes. Idempotent: a month already dropped is not there to drop again.
export async function applyRetention(workspaceId?: string): Promise<void> {
  const workspaces = await db.workspace.findMany({
    where: { auditRetentionDays: { not: null }, ...(workspaceId && { id: workspaceId }) },
    select: { id: true, slug: true, auditRetentionDays: true },
  });
  for (const w of workspaces) {
    const dropped = await dropOldSegments(db, w.id, w.auditRetentionDays!);
    if (dropped)
      log.warn(
        { workspace: w.slug, events: dropped.events, throughSeq: dropped.throughSeq, before: dropped.before },
        "audit retention: dropped old events",
      );
  }
}
