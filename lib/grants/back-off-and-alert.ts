import "server-only";
import { db } from "@/lib/db";
import { emitGrantAlert } from "@/lib/webhooks/emit-grant-alert";
import type { BackoffProblem } from "./refresh-lease";

/**
 * A refresh that failed at Zoho after refresh-at-zoho.ts's retries: the grant backs off, and — in the same
 * transaction — `grant.refresh_failed` is alerted (issue 17) when this is the first failure of a run (the
 * refresh before `askedAt` succeeded, or there was none). A Zoho outage alerts once per grant, not on
 * every back-off that follows; the next alert comes after a success.
 */
export async function backOffAndAlert(
  grant: { id: string; workspaceId: string },
  problem: BackoffProblem,
  seconds: number,
  failure: { zohoError: string; reason: string; askedAt: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    // refresh-lease.ts backOff(), written in this transaction.
    await tx.grant.update({
      where: { id: grant.id },
      data: {
        refreshLease: problem === "refresh-limit" ? "BACKOFF_REFRESH_LIMIT" : "BACKOFF_ZOHO_UNAVAILABLE",
        refreshLeaseUntil: new Date(Date.now() + seconds * 1000),
      },
    });
    const before = await tx.grantRefresh.findFirst({
      where: { grantId: grant.id, at: { lt: failure.askedAt } },
      orderBy: { at: "desc" },
      select: { ok: true },
    });
    if (before && !before.ok) return;
    await emitGrantAlert(tx, grant, "grant.refresh_failed", { zohoError: failure.zohoError.slice(0, 200), reason: failure.reason });
  });
}
