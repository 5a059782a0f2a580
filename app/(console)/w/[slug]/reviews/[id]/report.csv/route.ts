// GET /w/{slug}/reviews/{id}/report.csv — the review's report as CSV, one line per grant, streamed.
import { problem } from "@/lib/api/problem";
import { NotAllowedError } from "@/lib/auth/context";
import { findMemberContext } from "@/lib/auth/member-context";
import { exportReviewCsv } from "@/lib/reviews/export-review-csv";
import { getReview } from "@/lib/reviews/get-review";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await findMemberContext(request, slug, "reviews:decide");
  if (!ctx) return problem("not-found");
  try {
    const review = await getReview(ctx, id);
    if (!review) return problem("not-found");
    const day = (review.finishedAt ?? new Date()).toISOString().slice(0, 10);
    return new Response(exportReviewCsv(review.id), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${ctx.workspace.slug}-access-review-${day}.csv"`,
        "x-total-count": String(review.total),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotAllowedError) return problem("not-found");
    throw error;
  }
}
