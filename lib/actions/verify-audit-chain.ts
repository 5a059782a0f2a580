"use server";
import { requireMember } from "@/lib/auth/require-member";
import { verifyChain } from "@/lib/audit/verify-chain";
import { db } from "@/lib/db";
import type { FormState } from "./form-state";

export async function verifyAuditChain(slug: string): Promise<FormState> {
  const { workspace } = await requireMember(slug, "audit:read");
  const started = performance.now();
  const report = await verifyChain(db, workspace.id);
  const ms = Math.round(performance.now() - started);
  return report.ok
    ? { ok: true, message: `Chain intact: ${report.events.toLocaleString("en")} events verified in ${ms} ms${report.droppedThrough ? ` (events 1 to ${report.droppedThrough} were dropped by retention)` : ""}.` }
    : { message: `Chain broken at event #${report.broken.seq} (${report.broken.id}): ${report.broken.why}. ${report.events} events before it verify.` };
}
