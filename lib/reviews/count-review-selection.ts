import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { GrantListFilter } from "@/lib/grants/grant-list-filter";
import { grantFilterWhere } from "@/lib/grants/list-grant-page";
import { nameGrantSelection } from "@/lib/grants/name-grant-selection";
import { reviewSelectionWhere } from "./review-selection";

/** How many grants a review of these filters would cover now, how many revoked ones it leaves out, and the filters in words. */
export async function countReviewSelection(ctx: Ctx, filter: GrantListFilter) {
  allow(ctx, "reviews:manage");
  const where = await grantFilterWhere(ctx, filter);
  const [covered, all, filterText] = await Promise.all([
    db.grant.count({ where: reviewSelectionWhere(where) }),
    db.grant.count({ where }),
    nameGrantSelection(ctx, filter),
  ]);
  return { covered, revoked: all - covered, filterText };
}
