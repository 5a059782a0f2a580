import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userEmails } from "@/lib/members/user-emails";

export const REVIEW_PAGE_SIZE = 50;
export const REVIEW_SHOWS = { all: "All", undecided: "Undecided", keep: "Keep", revoke: "Revoke", failed: "Failed revokes" } as const;
export type ReviewShow = keyof typeof REVIEW_SHOWS;

const WHERE: Record<ReviewShow, Prisma.AccessReviewItemWhereInput> = {
  all: {},
  undecided: { decision: null },
  keep: { decision: "KEEP" },
  revoke: { decision: "REVOKE" },
  failed: { decision: "REVOKE", revokeOk: false },
};

export function readReviewShow(value: unknown): ReviewShow {
  return typeof value === "string" && value in REVIEW_SHOWS ? (value as ReviewShow) : "all";
}

/**
 * One page (50) of a review's grants in their frozen order, after position `after`. The caller has
 * already found the review visible to the actor (getReview); the review id keeps it to that review.
 */
export async function listReviewItems(_ctx: Ctx, { reviewId, show, after }: { reviewId: string; show: ReviewShow; after: number }) {
  const rows = await db.accessReviewItem.findMany({
    where: { reviewId, ...WHERE[show], position: { gt: after } },
    orderBy: { position: "asc" },
    take: REVIEW_PAGE_SIZE + 1,
  });
  const items = rows.slice(0, REVIEW_PAGE_SIZE);
  const deciders = await userEmails([...new Set(items.flatMap((i) => (i.decidedById ? [i.decidedById] : [])))]);
  return {
    items: items.map((i) => ({ ...i, decidedBy: i.decidedById ? (deciders.get(i.decidedById) ?? "a former member") : null })),
    next: rows.length > REVIEW_PAGE_SIZE ? items[items.length - 1].position : null,
  };
}
export type ReviewItemRow = Awaited<ReturnType<typeof listReviewItems>>["items"][number];
