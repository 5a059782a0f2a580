import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/button-class";
import { PrintButton } from "@/components/reviews/print-button";
import { memberContext } from "@/lib/auth/member-context";
import { getReview } from "@/lib/reviews/get-review";
import { listReportItems, REPORT_PAGE_MAX } from "@/lib/reviews/list-report-items";
import "./report-print.css";

export const metadata: Metadata = { title: "Access review report" };

const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "—");

// The report of a review, made to be printed (or saved as PDF): who reviewed what, when, the decisions and
// notes, the evidence of use, and what revoking did. Absolute UTC times: paper does not tick.
export default async function ReviewReportPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await memberContext(slug, "reviews:decide");
  const review = await getReview(ctx, id);
  if (!review) notFound();
  const items = await listReportItems(review.id);
  const base = `/w/${ctx.workspace.slug}/reviews/${review.id}`;
  const revoked = items.filter((i) => i.revokeOk === true).length;
  const facts: [string, React.ReactNode][] = [
    ["Workspace", ctx.workspace.name],
    ["Grants", `${review.filterText} — ${review.total} frozen when the review started`],
    ["Started", `${when(review.createdAt)} by ${review.createdBy}`],
    ["Reviewers", review.reviewers.length ? review.reviewers.join(", ") : "the workspace's admins"],
    [
      "Finished",
      review.finishedAt ? `${when(review.finishedAt)} by ${review.finishedBy}` : "not yet (this report is a snapshot of an open review)",
    ],
    ["Decisions", `${review.kept} keep · ${review.toRevoke} revoke · ${review.undecided} not reviewed`],
    ["Revoked", review.finishedAt ? `${revoked}${review.failedRevokes ? ` · ${review.failedRevokes} failed` : ""}` : "—"],
  ];
  return (
    <article data-review-report className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-muted">Access review report</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words">{review.name}</h1>
        </div>
        <div className="flex flex-wrap gap-2" data-no-print>
          <PrintButton />
          <a href={`${base}/report.csv`} className={buttonClass("secondary")} download>
            Download CSV
          </a>
          <Link href={base} className={buttonClass("secondary")}>
            Back to the review
          </Link>
        </div>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]" data-testid="report-summary">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      {review.total > items.length && (
        <p className="text-sm" role="note">
          The first {REPORT_PAGE_MAX.toLocaleString("en")} grants are listed here; the CSV has all {review.total.toLocaleString("en")}.
        </p>
      )}
      {/* Focusable so a keyboard can scroll it sideways on a phone (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Decisions, scrollable"
        className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
      >
        <table className="w-full min-w-[48rem] text-left text-xs" aria-label="Decisions">
          <thead className="border-b border-zinc-200 uppercase text-muted dark:border-zinc-800">
            <tr>
              {["#", "Grant", "Zoho user", "Scopes", "Evidence of use", "Decision", "Note", "Decided", "Revoke"].map((h) => (
                <th key={h} scope="col" className="px-2 py-2 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800" data-testid="report-row">
                <td className="px-2 py-1.5">{i.position}</td>
                <td className="px-2 py-1.5 break-words">
                  <b>{i.label || i.clientName}</b>
                  <div className="text-muted">
                    {i.clientName} · {i.environment.toLowerCase()} · {i.location} · {i.status.toLowerCase()}
                    {i.refreshLast4 && <> · ••••{i.refreshLast4}</>}
                  </div>
                </td>
                <td className="px-2 py-1.5 break-all">{i.zohoUserEmail ?? "unknown"}</td>
                <td className="px-2 py-1.5 break-all">{i.scopes.join(" ")}</td>
                <td className="px-2 py-1.5">
                  {i.lastUsedAt && <div>used {when(i.lastUsedAt)}</div>}
                  <div>refreshed {when(i.lastRefreshAt)}</div>
                  <div>created {when(i.grantCreatedAt)}</div>
                </td>
                <td className="px-2 py-1.5 font-medium" data-testid="report-decision">
                  {i.decision ? i.decision.toLowerCase() : "not reviewed"}
                </td>
                <td className="px-2 py-1.5 break-words whitespace-pre-line">{i.note}</td>
                <td className="px-2 py-1.5">{i.decidedBy ? `${i.decidedBy}, ${when(i.decidedAt)}` : "—"}</td>
                <td className="px-2 py-1.5 break-words">
                  {i.decision !== "REVOKE"
                    ? "—"
                    : i.revokeOk === null
                      ? "not yet"
                      : `${i.revokeOk ? "revoked" : "failed"}: ${i.revokeResult}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
