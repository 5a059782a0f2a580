import "server-only";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/members/user-emails";

// The printable report lists at most this many grants; the CSV has them all.
export const REPORT_PAGE_MAX = 2000;

/** The report's grants in their frozen order, with who decided. The caller found the review visible (getReview). */
export async function listReportItems(reviewId: string) {
  const rows = await db.accessReviewItem.findMany({ where: { reviewId }, orderBy: { position: "asc" }, take: REPORT_PAGE_MAX });
  const people = await userEmails([...new Set(rows.flatMap((r) => (r.decidedById ? [r.decidedById] : [])))]);
  return rows.map((r) => ({ ...r, decidedBy: r.decidedById ? (people.get(r.decidedById) ?? "a former member") : null }));
}
