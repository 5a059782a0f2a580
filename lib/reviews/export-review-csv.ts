import "server-only";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/members/user-emails";
import { REVIEW_CSV_COLUMNS, reviewCsvLine } from "./review-csv";

const BATCH = 1000;

/** The report's CSV, streamed in batches of its frozen order. The caller found the review visible (getReview). */
export function exportReviewCsv(reviewId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = 0;
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${REVIEW_CSV_COLUMNS.join(",")}\n`));
        return;
      }
      const rows = await db.accessReviewItem.findMany({
        where: { reviewId, position: { gt: after } },
        orderBy: { position: "asc" },
        take: BATCH,
      });
      if (rows.length === 0) return controller.close();
      after = rows[rows.length - 1].position;
      const people = await userEmails([...new Set(rows.flatMap((r) => (r.decidedById ? [r.decidedById] : [])))]);
      const lines = rows.map((r) =>
        reviewCsvLine({ ...r, decidedBy: r.decidedById ? (people.get(r.decidedById) ?? "a former member") : null }),
      );
      controller.enqueue(encoder.encode(`${lines.join("\n")}\n`));
    },
  });
}
