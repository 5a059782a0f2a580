import "server-only";
import { auditCallbackFailure } from "./audit-callback-failure";
import { db } from "@/lib/db";

/** Longer than any live callback can take: the exchange times out at 10 s, the user info at 5 s. */
export const INTERRUPTED_AFTER_MS = 60_000;
const DIAGNOSIS = "The console stopped, or lost its database, while processing this callback.";

// A callback still "received" after that was being processed by a console process that died
// (SIGKILL, crash, restart mid-exchange) or lost its database mid-way: nothing will ever finish it,
// so it is marked for what it is — and, when it had reached a workspace, audited there like any
// callback that ended without a grant. The conditional update makes one sweeping instance do each.
// No grant can exist for it: the grant and the outcome commit together (finish-callback.ts, through exchange-code.ts).
export async function markInterruptedCallbacks(): Promise<number> {
  const stale = await db.callbackEvent.findMany({
    where: { outcome: "received", receivedAt: { lt: new Date(Date.now() - INTERRUPTED_AFTER_MS) } },
    select: { id: true, workspaceId: true, clientId: true, authRequestId: true, ip: true, userAgent: true },
    take: 500,
  });
  let marked = 0;
  for (const c of stale) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.callbackEvent.updateMany({
        where: { id: c.id, outcome: "received" },
        data: { outcome: "interrupted", diagnosis: DIAGNOSIS },
      });
      if (count === 0) return;
      marked++;
      if (c.workspaceId) await auditCallbackFailure(tx, { ...c, workspaceId: c.workspaceId, outcome: "interrupted", error: null });
    });
  }
  return marked;
}
