import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log/logger";
import { metrics, recordChainCheck } from "@/lib/metrics/metrics";
import { verifyChain } from "./verify-chain";

/**
 * The background audit check (instrumentation.ts, AUDIT_CHECK_HOURS): every workspace's hash chain
 * recomputed, the result in the metrics (audit_chains_broken, for the "audit chain broken" alert in
 * docs/operations.md) and a broken chain logged as an error with where it breaks. Read-only; the
 * chains are read in batches (verify-chain.ts), one workspace after another.
 */
export async function checkAllChains() {
  const workspaces = await db.workspace.findMany({ select: { id: true, slug: true } });
  for (const w of workspaces) {
    const report = await verifyChain(db, w.id);
    recordChainCheck(w.id, report.ok);
    if (!report.ok)
      log.error({ workspace: w.slug, seq: report.broken.seq, eventId: report.broken.id, why: report.broken.why }, "audit chain broken");
  }
  metrics().auditChainLastCheck.set(Date.now() / 1000);
}
