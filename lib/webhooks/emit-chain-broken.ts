import "server-only";
import { db } from "@/lib/db";
import { chainBrokenKey } from "./alert-rules";
import { emitAlert } from "./emit-alert";

/**
 * `audit.chain_broken`, once per break, whoever found it: the daily check of every chain
 * (lib/audit/check-all-chains.ts) or a member's "Verify chain" (lib/audit/verify-audit-chain.ts). The alert
 * is an Alert row, not an audit event: it leaves the chain it reports on as it is.
 */
export function emitChainBroken(workspaceId: string, broken: { id: string; seq: number; why: string }): Promise<string | null> {
  return db.$transaction((tx) =>
    emitAlert(
      tx,
      workspaceId,
      {
        type: "audit.chain_broken",
        page: "audit",
        reason: `The audit trail's hash chain breaks at event #${broken.seq} (${broken.id}): ${broken.why}. Events may have been changed or removed outside the console.`,
      },
      { dedupeKey: chainBrokenKey(broken) },
    ),
  );
}
