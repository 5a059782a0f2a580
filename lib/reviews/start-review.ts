import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { grantFilterWhere } from "@/lib/grants/list-grant-page";
import { REVIEW_GRANT_SELECT, snapshotGrant } from "./grant-evidence";
import { grantSelectionFromQuery } from "@/lib/grants/grant-selection";
import { RECUR_DAYS, type StartReviewInput } from "./schemas";
import { reviewSelectionWhere } from "./review-selection";

// A review covers at most this many grants: past it, the reviewers could not decide them anyway; narrow the filters.
export const MAX_REVIEW_GRANTS = 5000;
const BATCH = 1000;

/**
 * Starts a review: the grants the filters select now (revoked ones left out: nothing to decide) are frozen
 * as its items, in client-name order, with what the reviewers need to see. Audited as review.started.
 */
export async function startReview(ctx: Ctx, input: StartReviewInput): Promise<FormState & { reviewId?: string }> {
  allow(ctx, "reviews:manage");
  const workspaceId = ctx.workspace.id;
  const filter = grantSelectionFromQuery(input.filter);
  const members = await db.membership.findMany({ where: { workspaceId, userId: { in: input.reviewerIds } }, select: { userId: true } });
  if (members.length !== input.reviewerIds.length)
    return {
      message: "Please correct the highlighted fields.",
      fieldErrors: { reviewerIds: ["Reviewers must be members of this workspace."] },
    };
  if (input.previousId) {
    const previous = await db.accessReview.findFirst({
      where: { id: input.previousId, workspaceId, finishedAt: { not: null }, next: null },
      select: { id: true },
    });
    if (!previous) return { message: "The review this one follows is not a finished review waiting for its next round." };
  }
  const grants = await db.grant.findMany({
    where: reviewSelectionWhere(await grantFilterWhere(ctx, filter)),
    orderBy: [{ client: { name: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    take: MAX_REVIEW_GRANTS + 1,
    select: REVIEW_GRANT_SELECT,
  });
  if (grants.length === 0) return { message: "These filters select no grant that is active or invalid: there is nothing to review." };
  if (grants.length > MAX_REVIEW_GRANTS)
    return {
      message: `These filters select more than ${MAX_REVIEW_GRANTS.toLocaleString("en")} grants: narrow them (a client, a data centre).`,
    };
  const reviewId = await db
    .$transaction(
      async (tx) => {
        const review = await tx.accessReview.create({
          data: {
            workspaceId,
            name: input.name,
            filter,
            reviewerIds: input.reviewerIds,
            createdById: actorId(ctx) ?? "system",
            dueAt: input.dueOn ? new Date(`${input.dueOn}T23:59:59Z`) : null,
            recurEveryDays: input.recurring ? RECUR_DAYS : null,
            previousId: input.previousId || null,
            itemCount: grants.length,
          },
          select: { id: true },
        });
        for (let i = 0; i < grants.length; i += BATCH)
          await tx.accessReviewItem.createMany({ data: grants.slice(i, i + BATCH).map((g, j) => snapshotGrant(g, review.id, i + j + 1)) });
        await recordAuditEvent(tx, {
          workspaceId,
          actorId: actorId(ctx),
          action: "review.started",
          targetType: "review",
          targetId: review.id,
          data: {
            name: input.name,
            grants: grants.length,
            filter: new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)])).toString(),
            reviewers: input.reviewerIds.length,
            recurEveryDays: input.recurring ? RECUR_DAYS : null,
          },
          ...ctx.meta,
        });
        return review.id;
      },
      { timeout: 60_000 },
    )
    // Two admins starting the same next round: previousId is unique, the second one is told.
    .catch((error: unknown) => {
      if ((error as { code?: string } | null)?.code === "P2002") return null;
      throw error;
    });
  if (!reviewId) return { message: "The next round of this review was already started." };
  return { ok: true, message: `Review started: ${grants.length} grants to decide.`, reviewId };
}
