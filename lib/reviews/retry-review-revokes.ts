import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { runReviewRevokes } from "./run-review-revokes";
import type { ReviewRef } from "./schemas";

/** Tries again the revokes of a finished review that failed (or never ran: a finish cut short). */
export async function retryReviewRevokes(ctx: Ctx, input: ReviewRef): Promise<FormState> {
  allow(ctx, "reviews:manage");
  const review = await db.accessReview.findFirst({
    where: { id: input.reviewId, workspaceId: ctx.workspace.id },
    select: { id: true, finishedAt: true, name: true },
  });
  if (!review) return { message: "No such review." };
  if (!review.finishedAt) return { message: "Revokes run when the review is finished." };
  const { attempted, revoked, failed } = await runReviewRevokes(ctx, review.id);
  if (attempted === 0) return { ok: true, message: "Nothing left to revoke." };
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "review.revokes_retried",
      targetType: "review",
      targetId: review.id,
      data: { name: review.name, attempted, revoked, failed },
      ...ctx.meta,
    }),
  );
  return failed === 0
    ? { ok: true, message: `${revoked} ${revoked === 1 ? "grant" : "grants"} revoked.` }
    : { ok: false, message: `${revoked} revoked, ${failed} still failing: see each grant's result.` };
}
