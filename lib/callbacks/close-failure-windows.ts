import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, Tx } from "@/lib/db";

/** Identical callback failures within this long after the first are audited as one later event. */
export const FAILURE_WINDOW_MS = 10 * 60_000;

type Closed = {
  workspaceId: string;
  clientId: string | null;
  authRequestId: string | null;
  outcome: string;
  error: string | null;
  openedAt: Date;
  lastAt: Date;
  folded: number;
};

/**
 * Ends one window of identical failures (audit-callback-failure.ts) if it opened at or before
 * `openedNotAfter`: the row goes, and the failures it counted after the first become ONE audit event.
 * The conditional delete makes one transaction (of one instance) do it.
 */
export async function closeFailureWindow(tx: Tx, key: string, openedNotAfter: Date) {
  const [w] = await tx.$queryRaw<Closed[]>`
    DELETE FROM "CallbackFailureWindow" WHERE "key" = ${key} AND "openedAt" <= ${openedNotAfter}
    RETURNING "workspaceId", "clientId", "authRequestId", "outcome", "error", "openedAt", "lastAt", "folded"`;
  if (!w || w.folded === 0) return;
  // A workspace deleted meanwhile has no trail to add to.
  if (!(await tx.workspace.findUnique({ where: { id: w.workspaceId }, select: { id: true } }))) return;
  const startedBy = w.authRequestId ? await tx.authRequest.findUnique({ where: { id: w.authRequestId }, select: { userId: true } }) : null;
  await recordAuditEvent(tx, {
    workspaceId: w.workspaceId,
    actorId: startedBy?.userId ?? null,
    action: "callback.failed",
    targetType: "callback",
    targetId: null,
    data: {
      clientId: w.clientId,
      outcome: w.outcome,
      error: w.error,
      repeats: w.folded,
      first: w.openedAt.toISOString(),
      last: w.lastAt.toISOString(),
    },
  });
}

// The upkeep's part: every window whose 10 minutes are over.
export async function closeFailureWindows(db: Db, now = new Date()): Promise<number> {
  const openedNotAfter = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const due = await db.callbackFailureWindow.findMany({ where: { openedAt: { lte: openedNotAfter } }, select: { key: true }, take: 500 });
  for (const { key } of due) await db.$transaction((tx) => closeFailureWindow(tx, key, openedNotAfter));
  return due.length;
}
