import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { memberContext } from "@/lib/auth/member-context";
import { grantListHref } from "@/lib/grants/grant-list-filter";
import { listMembers } from "@/lib/members/list-members";
import { startReviewAction } from "@/lib/reviews/actions";
import { countReviewSelection } from "@/lib/reviews/count-review-selection";
import { getNextRound } from "@/lib/reviews/get-next-round";
import { readGrantSelection } from "@/lib/grants/grant-selection";
import { NewReviewForm } from "./new-review-form";

export const metadata: Metadata = { title: "Start an access review" };

// /w/{slug}/reviews/new?<the Grants page's filters> — or ?from=<review> for the next round of a recurring one.
export default async function NewReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const ctx = await memberContext(slug, "reviews:manage");
  const from = typeof query.from === "string" ? query.from : "";
  const previous = from ? await getNextRound(ctx, from) : null;
  if (from && !previous) notFound();
  const filter = previous ? previous.filter : readGrantSelection(query);
  const [{ covered, revoked, filterText }, members] = await Promise.all([countReviewSelection(ctx, filter), listMembers(ctx)]);
  const grantsHref = grantListHref(`/w/${ctx.workspace.slug}/grants`, filter);
  const month = new Date().toLocaleDateString("en", { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={previous ? `Next round of “${previous.name}”` : "Start an access review"}
        description="The grants are frozen when the review starts: grants created later join the next review, not this one."
      />
      <p className="mb-4 text-sm" role="status" data-testid="review-covers">
        This review covers <b>{covered.toLocaleString("en")}</b> {covered === 1 ? "grant" : "grants"} ({filterText})
        {revoked > 0 && <>; {revoked.toLocaleString("en")} already revoked are left out</>}.{" "}
        <Link href={grantsHref} className="text-indigo-700 underline dark:text-indigo-300">
          See them on the Grants page
        </Link>
        {!previous && <>, or change the filters there.</>}
      </p>
      <NewReviewForm
        action={startReviewAction.bind(null, ctx.workspace.slug)}
        filter={grantListHref("", filter).replace(/^\?/, "")}
        previousId={previous?.id ?? ""}
        defaultName={previous ? previous.name : `Review of ${filterText}, ${month}`}
        defaultReviewers={previous?.reviewerIds ?? []}
        defaultRecurring={!!previous?.recurEveryDays}
        covered={covered}
        members={members.map((m) => ({ id: m.user.id, label: `${m.user.name} (${m.user.email})`, role: m.role.toLowerCase() }))}
      />
    </>
  );
}
