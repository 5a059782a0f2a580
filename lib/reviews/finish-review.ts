import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { lockReview } from "./lock-review";
import { nextDueAt } from "./next-due";
import { runReviewRevokes } from "./run-review-revokes";
import type { FinishReviewInput } from "./schemas";

/**
 * Finishes a review: its decisions become final (audited review.finished with the counts), the next round
 * of a recurring review becomes due, and every grant marked revoke is revoked. Grants left undecided are
 * kept, and only when the admin says so. A revoke that fails stays listed, to retry.
 */
export async function finishReview(ctx: Ctx, input: FinishReviewInput): Promise<FormState> {
  allow(ctx, "reviews:manage");
  const review = await db.accessReview.findFirst({ where: { id: input.reviewId, workspaceId: ctx.workspace.id } });
  if (!review) return { message: "No such review." };
  const finished = await db.$transaction(async (tx) => {
    if (!(await lockReview(tx, review.id))) return { message: "This review is already finished." };
    const counts = await tx.accessReviewItem.groupBy({ by: ["decision"], where: { reviewId: review.id }, _count: true });
    const n = (d: "KEEP" | "REVOKE" | null) => counts.find((c) => c.decision === d)?._count ?? 0;
    const undecided = n(null);
    if (undecided > 0 && !input.undecidedKept)
      return {
        message: "Please correct the highlighted fields.",
        fieldErrors: {
          undecidedKept: [
            `${undecided} ${undecided === 1 ? "grant is" : "grants are"} undecided: confirm that they are kept, or decide them first.`,
          ],
        },
      };
    const now = new Date();
    await tx.accessReview.update({
      where: { id: review.id },
      data: { finishedAt: now, finishedById: actorId(ctx), nextDueAt: nextDueAt(now, review.recurEveryDays) },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "review.finished",
      targetType: "review",
      targetId: review.id,
      data: { name: review.name, grants: review.itemCount, kept: n("KEEP"), toRevoke: n("REVOKE"), undecided },
      ...ctx.meta,
    });
    return { ok: true as const, toRevoke: n("REVOKE"), kept: n("KEEP") + undecided };
  });
  if (!("toRevoke" in finished)) return finished;
  const { revoked, failed } = await runReviewRevokes(ctx, review.id);
  const summary = `Review finished: ${revoked} ${revoked === 1 ? "grant" : "grants"} revoked, ${finished.kept} kept.`;
  return failed === 0
    ? { ok: true, message: summary }
    : { ok: false, message: `${summary} ${failed} ${failed === 1 ? "revoke" : "revokes"} failed: see below and retry.` };
}
