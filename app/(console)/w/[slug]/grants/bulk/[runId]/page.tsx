import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/button-class";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { BulkRunControls } from "@/components/grants/bulk-run-controls";
import { BulkRunItems } from "@/components/grants/bulk-run-items";
import { BULK_KIND_WORDS } from "@/components/grants/bulk-run-list";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { resumeBulkRunAction, retryFailedBulkRunAction } from "@/lib/grants/bulk/actions";
import { loadBulkRun, RUN_ITEMS_SHOWN } from "@/lib/grants/bulk/load-bulk-run";
import { withoutNul } from "@/lib/without-nul";

export const metadata: Metadata = { title: "Bulk run" };

// GET /w/{slug}/grants/bulk/{runId} — a bulk run's progress and each grant's result; another workspace's run is 404.
export default async function BulkRunPage({ params }: { params: Promise<{ slug: string; runId: string }> }) {
  const { slug, runId } = await params;
  const ctx = await memberContext(slug, "grants:read");
  const run = await loadBulkRun(ctx, withoutNul(runId).slice(0, 64));
  if (!run) notFound();
  const { counts } = run;
  const settled = counts.done + counts.failed + counts.skipped;
  const what =
    run.kind === "RELABEL"
      ? run.label
        ? `Label “${run.label}”`
        : "Clear the label"
      : run.kind === "ADD_TO_KEY"
        ? `Add to the API key “${run.keyName ?? "(deleted key)"}”`
        : "Revoke at Zoho";
  return (
    <>
      <PageHeader
        title={`${BULK_KIND_WORDS[run.kind]}: ${run.total.toLocaleString("en")} grants`}
        description={
          <>
            {what} — {run.words}. Started by {run.createdBy} <RelativeTime date={run.createdAt} />.
          </>
        }
        actions={
          <Link href={`/w/${slug}/grants/bulk`} className={buttonClass("secondary")}>
            All bulk runs
          </Link>
        }
      />
      <BulkRunControls
        finished={!!run.finishedAt}
        running={run.running}
        kind={run.kind}
        counts={counts}
        settled={settled}
        total={run.total}
        canRevoke={actorCan(ctx.actor, "grants:revoke")}
        resume={resumeBulkRunAction.bind(null, slug, run.id)}
        retry={retryFailedBulkRunAction.bind(null, slug, run.id)}
      />
      <BulkRunItems slug={slug} items={run.items} />
      {run.total > RUN_ITEMS_SHOWN && (
        <p className="mt-3 text-sm text-muted">
          Showing {RUN_ITEMS_SHOWN} of {run.total.toLocaleString("en")} grants, failed ones first.
        </p>
      )}
    </>
  );
}
