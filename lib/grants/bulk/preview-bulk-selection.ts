import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { GRANT_LIST_SELECT, grantFilterWhere } from "@/lib/grants/list-grant-page";
import type { GrantSelection } from "@/lib/grants/grant-selection";
import { nameGrantSelection } from "@/lib/grants/name-grant-selection";

export const PREVIEW_SIZE = 50;

/** What a bulk action would touch: how many grants match, how many are active, the first 50 of them and the filter in words. */
export async function previewBulkSelection(ctx: Ctx, filter: GrantSelection) {
  allow(ctx, "grants:read");
  const where = await grantFilterWhere(ctx, filter);
  const [total, active, grants, words] = await Promise.all([
    db.grant.count({ where }),
    db.grant.count({ where: { AND: [where, { status: "ACTIVE" }] } }),
    db.grant.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: PREVIEW_SIZE, select: GRANT_LIST_SELECT }),
    nameGrantSelection(ctx, filter),
  ]);
  return { total, active, grants, words };
}
