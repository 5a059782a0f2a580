import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { lockReview } from "./lock-review";
import type { ReviewRef } from "./schemas";

/** Cancels (deletes) an open review and its decisions; nothing was revoked. A finished review is a record and stays. */
export async function cancelReview(ctx: Ctx, input: ReviewRef): Promise<FormState> {
  allow(ctx, "reviews:manage");
  const review = await db.accessReview.findFirst({
    where: { id: input.reviewId, workspaceId: ctx.workspace.id },
    select: { id: true, name: true },
  });
  if (!review) return { message: "No such review." };
  return db.$transaction(async (tx) => {
    if (!(await lockReview(tx, review.id))) return { message: "A finished review is kept as a record; it cannot be cancelled." };
    const decided = await tx.accessReviewItem.count({ where: { reviewId: review.id, decision: { not: null } } });
    await tx.accessReview.delete({ where: { id: review.id } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "review.cancelled",
      targetType: "review",
      targetId: review.id,
      data: { name: review.name, decided },
      ...ctx.meta,
    });
    return { ok: true, message: `Review “${review.name}” cancelled.` };
  });
}
