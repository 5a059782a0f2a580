import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/action-button";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { FinishForm } from "@/components/reviews/finish-form";
import { ReviewItemsTable } from "@/components/reviews/review-items-table";
import { ReviewProgress } from "@/components/reviews/review-progress";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { cancelReviewAction, decideReviewItemAction, finishReviewAction, retryReviewRevokesAction } from "@/lib/reviews/actions";
import { getReview } from "@/lib/reviews/get-review";
import { listReviewItems, readReviewShow, REVIEW_SHOWS, type ReviewShow } from "@/lib/reviews/list-review-items";

export const metadata: Metadata = { title: "Access review" };

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, id } = await params;
  const query = await searchParams;
  const ctx = await memberContext(slug, "reviews:decide");
  const review = await getReview(ctx, id);
  if (!review) notFound();
  const show = readReviewShow(query.show);
  const after = Math.max(0, Number.parseInt(typeof query.after === "string" ? query.after : "0", 10) || 0);
  const { items, next } = await listReviewItems(ctx, { reviewId: review.id, show, after });
  const manage = actorCan(ctx.actor, "reviews:manage");
  const base = `/w/${ctx.workspace.slug}/reviews/${review.id}`;
  const open = !review.finishedAt;
  const decided = review.kept + review.toRevoke;
  const counts: Record<ReviewShow, number> = {
    all: review.total,
    undecided: review.undecided,
    keep: review.kept,
    revoke: review.toRevoke,
    failed: review.failedRevokes,
  };
  const href = (s: ReviewShow, a?: number) => `${base}?show=${s}${a ? `&after=${a}` : ""}`;
  return (
    <>
      <PageHeader
        title={review.name}
        description={
          <>
            {review.filterText} · started by {review.createdBy} <RelativeTime date={review.createdAt} /> · reviewers:{" "}
            {review.reviewers.length ? review.reviewers.join(", ") : "the workspace's admins"}
            {review.recurEveryDays && <> · repeats every {review.recurEveryDays} days</>}
            {open && review.dueAt && (
              <>
                {" "}
                · due <RelativeTime date={review.dueAt} />
              </>
            )}
          </>
        }
        actions={
          <Link href={`${base}/report`} className={buttonClass("secondary")}>
            {open ? "Report so far" : "Report"}
          </Link>
        }
      />
      <Card className="mb-6 space-y-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <ReviewProgress decided={decided} total={review.total} label="Grants decided" />
          <p className="text-sm" data-testid="review-counts">
            <b>{review.undecided}</b> undecided · <b>{review.kept}</b> keep · <b>{review.toRevoke}</b> revoke
          </p>
        </div>
        {review.finishedAt ? (
          <div className="space-y-2 text-sm" role="status">
            <p data-testid="review-outcome">
              Finished by {review.finishedBy} <RelativeTime date={review.finishedAt} />. Revoked: {review.revoked} of {review.toRevoke}{" "}
              marked revoke; kept: {review.kept + review.undecided}
              {review.undecided > 0 && <> (of which {review.undecided} not reviewed)</>}.
              {review.nextDueAt && (
                <>
                  {" "}
                  The next round is due <RelativeTime date={review.nextDueAt} />.
                </>
              )}
            </p>
            {review.failedRevokes + review.pendingRevokes > 0 && (
              <div className="flex flex-wrap items-center gap-3">
                <p className="text-red-700 dark:text-red-400">
                  {review.failedRevokes + review.pendingRevokes} {review.failedRevokes + review.pendingRevokes === 1 ? "grant" : "grants"}{" "}
                  marked revoke {review.failedRevokes + review.pendingRevokes === 1 ? "is" : "are"} not revoked yet.
                </p>
                {manage && (
                  <ActionButton
                    action={retryReviewRevokesAction.bind(null, ctx.workspace.slug, review.id)}
                    name="retry-review-revokes"
                    label="Retry revokes"
                    pendingText="Revoking…"
                  />
                )}
              </div>
            )}
          </div>
        ) : manage ? (
          <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <summary className="cursor-pointer text-sm font-medium">Finish or cancel the review</summary>
            <div className="mt-3 flex flex-wrap items-start justify-between gap-6">
              <FinishForm
                action={finishReviewAction.bind(null, ctx.workspace.slug, review.id)}
                toRevoke={review.toRevoke}
                kept={review.kept}
                undecided={review.undecided}
              />
              <ActionButton
                action={cancelReviewAction.bind(null, ctx.workspace.slug, review.id)}
                name="cancel-review"
                label="Cancel the review"
                pendingText="Cancelling…"
                confirmText="Cancel this review and drop its decisions? Nothing is revoked."
              />
            </div>
          </details>
        ) : (
          <p className="text-sm text-muted">An admin finishes the review; grants marked revoke are revoked then.</p>
        )}
      </Card>
      <nav aria-label="Show grants" className="mb-3 flex flex-wrap gap-2">
        {(Object.keys(REVIEW_SHOWS) as ReviewShow[])
          .filter((s) => s !== "failed" || counts.failed > 0)
          .map((s) => (
            <Link
              key={s}
              href={href(s)}
              aria-current={s === show ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm ${s === show ? "border-indigo-600 bg-indigo-600 text-white" : "border-zinc-300 dark:border-zinc-700"}`}
            >
              {REVIEW_SHOWS[s]} ({counts[s]})
            </Link>
          ))}
      </nav>
      <ReviewItemsTable
        items={items}
        grantsBase={`/w/${ctx.workspace.slug}/grants`}
        decide={open ? (itemId) => decideReviewItemAction.bind(null, ctx.workspace.slug, review.id, itemId) : null}
        empty={show === "undecided" ? "Every grant is decided." : "No grant here."}
      />
      {(next || after > 0) && (
        <nav aria-label="Pages of grants" className="mt-4 flex flex-wrap gap-3">
          {after > 0 && (
            <Link href={href(show)} className={buttonClass("secondary")}>
              First page
            </Link>
          )}
          {next && (
            <Link href={href(show, next)} className={buttonClass("secondary")} rel="next">
              Next 50
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
