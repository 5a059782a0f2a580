import "server-only";
import { db } from "@/lib/db";
import { exportBody, ROW_SEPARATOR } from "@/lib/http/export-body";
import { userEmails } from "@/lib/members/user-emails";
import { REVIEW_CSV_COLUMNS, reviewCsvLine } from "./review-csv";

const BATCH = 1000;

/** The report's lines in batches of its frozen order, each read when the reader wants more (exportBody). */
async function* reportBatches(reviewId: string) {
  for (let after = 0; ;) {
    const rows = await db.accessReviewItem.findMany({
      where: { reviewId, position: { gt: after } },
      orderBy: { position: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1].position;
    const people = await userEmails([...new Set(rows.flatMap((r) => (r.decidedById ? [r.decidedById] : [])))]);
    yield rows
      .map((r) => reviewCsvLine({ ...r, decidedBy: r.decidedById ? (people.get(r.decidedById) ?? "a former member") : null }))
      .join(ROW_SEPARATOR.csv);
  }
}

/** The report's CSV, streamed. The caller found the review visible (getReview). */
export function exportReviewCsv(reviewId: string): ReadableStream<Uint8Array> {
  return exportBody("csv", REVIEW_CSV_COLUMNS.join(","), reportBatches(reviewId));
}
