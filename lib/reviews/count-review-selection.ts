import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { GrantListFilter } from "@/lib/grants/grant-list-filter";
import { grantFilterWhere } from "@/lib/grants/list-grant-page";
import { describeReviewFilter } from "./review-filter";
import { reviewSelectionWhere } from "./review-selection";

/** How many grants a review of these filters would cover now, how many revoked ones it leaves out, and the filters in words. */
export async function countReviewSelection(ctx: Ctx, filter: GrantListFilter) {
  allow(ctx, "reviews:manage");
  const where = grantFilterWhere(ctx, filter);
  const [covered, all, client] = await Promise.all([
    db.grant.count({ where: reviewSelectionWhere(where) }),
    db.grant.count({ where }),
    filter.client
      ? db.oAuthClient.findFirst({ where: { id: filter.client, workspaceId: ctx.workspace.id }, select: { id: true, name: true } })
      : null,
  ]);
  return { covered, revoked: all - covered, filterText: describeReviewFilter(filter, new Map(client ? [[client.id, client.name]] : [])) };
}
