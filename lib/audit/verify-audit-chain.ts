import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { recordChainCheck } from "@/lib/metrics/metrics";
import { emitChainBroken } from "@/lib/webhooks/emit-chain-broken";
import { verifyChain } from "./verify-chain";

/** Recomputes the workspace's hash chain and says, in one sentence, whether it holds and where not. */
export async function verifyAuditChain(ctx: Ctx, _input: Record<string, never> = {}): Promise<FormState> {
  allow(ctx, "audit:read");
  const started = performance.now();
  const report = await verifyChain(db, ctx.workspace.id);
  const ms = Math.round(performance.now() - started);
  recordChainCheck(ctx.workspace.id, report.ok);
  // Everyone else who should know learns it too (audit.chain_broken, once per break).
  if (!report.ok) await emitChainBroken(ctx.workspace.id, report.broken);
  return report.ok
    ? {
        ok: true,
        message: `Chain intact: ${report.events.toLocaleString("en")} events verified in ${ms} ms${report.droppedThrough ? ` (events 1 to ${report.droppedThrough} were dropped by retention)` : ""}.`,
      }
    : {
        message: `Chain broken at event #${report.broken.seq} (${report.broken.id}): ${report.broken.why}. ${report.events} events before it verify.`,
      };
}
