import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { findVisibleReview, mayReview } from "./review-access";
import { lockReview } from "./lock-review";
import type { DecideItemInput } from "./schemas";

/**
 * A reviewer marks one grant keep or revoke, with a note. Nothing is revoked here: that happens when an
 * admin finishes the review. A decision may change until then; each one is audited (review.decided).
 */
export async function decideReviewItem(ctx: Ctx, input: DecideItemInput): Promise<FormState> {
  allow(ctx, "reviews:decide");
  const review = await findVisibleReview(ctx, input.reviewId);
  if (!review || !mayReview(ctx, review)) return { message: "No such review." };
  const answer = await db.$transaction(async (tx) => {
    // Finishing takes the same lock: a decision lands before the finish or is refused after it.
    const open = await lockReview(tx, review.id);
    if (!open) return { message: "This review is finished: its decisions are final." };
    const item = await tx.accessReviewItem.findFirst({
      where: { id: input.itemId, reviewId: review.id },
      select: { id: true, grantId: true, decision: true, label: true, clientName: true },
    });
    if (!item) return { message: "No such grant in this review." };
    await tx.accessReviewItem.update({
      where: { id: item.id },
      data: { decision: input.decision, note: input.note, decidedById: actorId(ctx), decidedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "review.decided",
      targetType: "grant",
      targetId: item.grantId,
      data: { reviewId: review.id, review: review.name, decision: input.decision, previous: item.decision, noted: input.note !== "" },
      ...ctx.meta,
    });
    const name = item.label || item.clientName;
    return { ok: true, message: input.decision === "KEEP" ? `Keep ${name}.` : `Revoke ${name} when the review finishes.` };
  });
  return answer.ok ? answer : { ...answer, values: { note: input.note } };
}
