import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { isReviewId } from "./review-access";
import { storedGrantSelection } from "@/lib/grants/grant-selection";

/** A finished recurring review whose next round is not started yet: its name, filter and reviewers, to start the next one with. */
export async function getNextRound(ctx: Ctx, previousId: string) {
  allow(ctx, "reviews:manage");
  if (!isReviewId(previousId)) return null;
  const review = await db.accessReview.findFirst({
    where: { id: previousId, workspaceId: ctx.workspace.id, finishedAt: { not: null }, next: null },
    select: { id: true, name: true, filter: true, reviewerIds: true, recurEveryDays: true },
  });
  return review && { ...review, filter: storedGrantSelection(review.filter) };
}
