import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { ReviewProgress } from "@/components/reviews/review-progress";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { listReviews, type ReviewSummary } from "@/lib/reviews/list-reviews";

export const metadata: Metadata = { title: "Access reviews" };

export default async function ReviewsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "reviews:decide");
  const manage = actorCan(ctx.actor, "reviews:manage");
  const { open, finished } = await listReviews(ctx);
  const base = `/w/${ctx.workspace.slug}`;
  const row = (r: ReviewSummary) => (
    <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="review-row">
      <div className="min-w-0">
        <Link href={`${base}/reviews/${r.id}`} className="font-medium break-words text-indigo-700 hover:underline dark:text-indigo-300">
          {r.name}
        </Link>
        <p className="mt-0.5 text-xs text-muted">
          {r.itemCount} {r.itemCount === 1 ? "grant" : "grants"} · started <RelativeTime date={r.createdAt} />
          {r.finishedAt && (
            <>
              {" "}
              · finished <RelativeTime date={r.finishedAt} />
            </>
          )}
          {!r.finishedAt && r.dueAt && (
            <>
              {" "}
              · due <RelativeTime date={r.dueAt} />
            </>
          )}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {r.recurEveryDays && <Badge tone="indigo">every {r.recurEveryDays} days</Badge>}
        {r.finishedAt ? (
          <Link href={`${base}/reviews/${r.id}/report`} className="text-sm text-indigo-700 underline dark:text-indigo-300">
            Report
          </Link>
        ) : (
          <ReviewProgress decided={r.decided} total={r.itemCount} label={`Progress of ${r.name}`} />
        )}
      </div>
    </li>
  );
  const list =
    "divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900";
  return (
    <>
      <PageHeader
        title="Access reviews"
        description="Reviewers mark each grant of a review keep or revoke; finishing it revokes what was marked revoke and leaves a report."
        actions={
          manage && (
            <Link href={`${base}/reviews/new`} className={buttonClass()}>
              Start a review
            </Link>
          )
        }
      />
      {open.length === 0 && finished.length === 0 ? (
        <EmptyState
          title="No access reviews yet"
          action={
            manage && (
              <Link href={`${base}/grants`} className={buttonClass("secondary")}>
                Filter the grants to review
              </Link>
            )
          }
        >
          {manage
            ? "Filter the Grants page to the grants to review (for example environment: production), then start a review of them; or start one of all grants."
            : "An admin starts a review of a set of grants and can name you as a reviewer; it then appears here."}
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="open-reviews">
            <h2 id="open-reviews" className="mb-2 text-lg font-semibold">
              Open
            </h2>
            {open.length ? <ul className={list}>{open.map(row)}</ul> : <p className="text-sm text-muted">No open review.</p>}
          </section>
          <section aria-labelledby="finished-reviews">
            <h2 id="finished-reviews" className="mb-2 text-lg font-semibold">
              Finished
            </h2>
            {finished.length ? <ul className={list}>{finished.map(row)}</ul> : <p className="text-sm text-muted">None finished yet.</p>}
          </section>
        </div>
      )}
    </>
  );
}
