import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log/logger";
import { metrics, recordChainCheck } from "@/lib/metrics/metrics";
import { emitChainBroken } from "@/lib/webhooks/emit-chain-broken";
import { verifyChain } from "./verify-chain";

/**
 * The background audit check (instrumentation.ts, AUDIT_CHECK_HOURS): every workspace's hash chain
 * recomputed, the result in the metrics (audit_chains_broken, for the "audit chain broken" alert in
 * docs/operations.md), a broken chain logged as an error with where it breaks and alerted to the workspace
 * (audit.chain_broken, once per break). The chains are only read, in batches (verify-chain.ts), one workspace
 * after another.
 */
export async function checkAllChains() {
  const workspaces = await db.workspace.findMany({ select: { id: true, slug: true } });
  for (const w of workspaces) {
    const report = await verifyChain(db, w.id);
    recordChainCheck(w.id, report.ok);
    if (!report.ok) {
      log.error({ workspace: w.slug, seq: report.broken.seq, eventId: report.broken.id, why: report.broken.why }, "audit chain broken");
      await emitChainBroken(w.id, report.broken);
    }
  }
  metrics().auditChainLastCheck.set(Date.now() / 1000);
}
