import "server-only";
import { actorCan, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

// Who may see and decide a review: those who manage reviews (admins, owners), and the members it names.
// Anyone else — another workspace's member above all — is told there is no such review (404).
export function mayReview(ctx: Ctx, review: { reviewerIds: string[] }): boolean {
  if (actorCan(ctx.actor, "reviews:manage")) return true;
  return ctx.actor.kind === "member" && review.reviewerIds.includes(ctx.actor.userId);
}

/** The where that keeps every review query inside the actor's workspace and, for non-admins, to reviews naming them. */
export function visibleReviewsWhere(ctx: Ctx) {
  allow(ctx, "reviews:decide");
  if (actorCan(ctx.actor, "reviews:manage")) return { workspaceId: ctx.workspace.id };
  const userId = ctx.actor.kind === "member" ? ctx.actor.userId : "";
  return { workspaceId: ctx.workspace.id, reviewerIds: { has: userId } };
}

/** Ids are cuids: anything else from an address (a NUL, 10 KB of junk) is no review, never a database error. */
export const isReviewId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** A review the actor may see, or null (missing, another workspace's, or not theirs to review). */
export async function findVisibleReview(ctx: Ctx, reviewId: string) {
  const where = visibleReviewsWhere(ctx);
  return isReviewId(reviewId) ? db.accessReview.findFirst({ where: { id: reviewId, ...where } }) : null;
}
