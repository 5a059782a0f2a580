import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/members/user-emails";
import { findVisibleReview, mayReview } from "./review-access";
import { storedGrantSelection } from "@/lib/grants/grant-selection";
import { nameGrantSelection } from "@/lib/grants/name-grant-selection";

/** A review the actor may see, with its progress and the people it names; null: "no such review" (404). */
export async function getReview(ctx: Ctx, reviewId: string) {
  const review = await findVisibleReview(ctx, reviewId);
  if (!review || !mayReview(ctx, review)) return null;
  const filter = storedGrantSelection(review.filter);
  const [counts, revoked, failedRevokes, pendingRevokes, filterText] = await Promise.all([
    db.accessReviewItem.groupBy({ by: ["decision"], where: { reviewId: review.id }, _count: true }),
    db.accessReviewItem.count({ where: { reviewId: review.id, decision: "REVOKE", revokeOk: true } }),
    db.accessReviewItem.count({ where: { reviewId: review.id, decision: "REVOKE", revokeOk: false } }),
    db.accessReviewItem.count({ where: { reviewId: review.id, decision: "REVOKE", revokeOk: null } }),
    nameGrantSelection(ctx, filter),
  ]);
  const n = (d: "KEEP" | "REVOKE" | null) => counts.find((c) => c.decision === d)?._count ?? 0;
  const people = await userEmails([review.createdById, ...(review.finishedById ? [review.finishedById] : []), ...review.reviewerIds]);
  return {
    id: review.id,
    name: review.name,
    createdAt: review.createdAt,
    createdBy: people.get(review.createdById) ?? "a former member",
    dueAt: review.dueAt,
    finishedAt: review.finishedAt,
    finishedBy: review.finishedById ? (people.get(review.finishedById) ?? "a former member") : null,
    recurEveryDays: review.recurEveryDays,
    nextDueAt: review.nextDueAt,
    reviewers: review.reviewerIds.map((id) => people.get(id) ?? "a former member"),
    filter,
    filterText,
    total: review.itemCount,
    kept: n("KEEP"),
    toRevoke: n("REVOKE"),
    undecided: n(null),
    revoked,
    failedRevokes,
    // Marked revoke, finished, but never tried (a finish cut short): retried like a failure.
    pendingRevokes: review.finishedAt ? pendingRevokes : 0,
  };
}
export type ReviewDetail = NonNullable<Awaited<ReturnType<typeof getReview>>>;
