import "server-only";
import { db } from "@/lib/db";

/** Longer than any live callback can take: the exchange times out at 10 s, the user info at 5 s. */
export const INTERRUPTED_AFTER_MS = 60_000;

// A callback still "received" after that was being processed by a console process that died
// (SIGKILL, crash, restart mid-exchange) or lost its database mid-way: nothing will ever finish it,
// so it is marked for what it is.
// No grant can exist for it: the grant and the outcome commit together (store-grant.ts).
export async function markInterruptedCallbacks(): Promise<number> {
  const { count } = await db.callbackEvent.updateMany({
    where: { outcome: "received", receivedAt: { lt: new Date(Date.now() - INTERRUPTED_AFTER_MS) } },
    data: { outcome: "interrupted", diagnosis: "The console stopped, or lost its database, while processing this callback." },
  });
  return count;
}
