import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db, type Tx } from "@/lib/db";
import { grantFilterWhere } from "@/lib/grants/list-grant-page";
import type { GrantSelection } from "@/lib/grants/grant-selection";

const BATCH = 5000;

/** Every grant the filter selects (inside the workspace), in id order, a batch at a time: ids, status and label only. */
export async function selectBulkGrants(ctx: Ctx, filter: GrantSelection, tx: Tx | typeof db = db) {
  const where = await grantFilterWhere(ctx, filter, { client: tx });
  const rows: { id: string; status: "ACTIVE" | "REVOKED" | "INVALID"; label: string }[] = [];
  for (let cursor: string | undefined; ;) {
    const batch = await tx.grant.findMany({
      where,
      orderBy: { id: "asc" },
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      take: BATCH,
      select: { id: true, status: true, label: true },
    });
    rows.push(...batch);
    if (batch.length < BATCH) return rows;
    cursor = batch[batch.length - 1].id;
  }
}

/** Writes a run's items (its frozen selection) in chunks, so 100,000 grants stay under PostgreSQL's bind-parameter limit. */
export async function createRunItems(
  tx: Tx,
  runId: string,
  items: { grantId: string; state: "PENDING" | "DONE" | "SKIPPED"; message: string }[],
) {
  for (let i = 0; i < items.length; i += BATCH) {
    await tx.bulkRunItem.createMany({ data: items.slice(i, i + BATCH).map((item) => ({ runId, ...item })) });
  }
}

export const chunks = <T>(list: T[], size = BATCH): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
