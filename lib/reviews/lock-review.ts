import "server-only";
import type { Tx } from "@/lib/db";

/** Locks the review's row for this transaction; true when the review is still open. */
export async function lockReview(tx: Tx, reviewId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { open: boolean }[]
  >`SELECT "finishedAt" IS NULL AS open FROM "AccessReview" WHERE id = ${reviewId} FOR UPDATE`;
  return rows[0]?.open === true;
}
