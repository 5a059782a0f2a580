import "server-only";
import { actorCan, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { visibleReviewsWhere } from "./review-access";
import { isDueSoon } from "./next-due";

/**
 * What the overview reminds the actor of: open reviews they may decide (with what is left), and — for
 * those who start reviews — recurring reviews whose next round is due within two weeks or overdue.
 */
export async function listReviewReminders(ctx: Ctx) {
  const where = visibleReviewsWhere(ctx);
  const now = new Date();
  const [open, due] = await Promise.all([
    db.accessReview.findMany({
      where: { ...where, finishedAt: null },
      orderBy: { createdAt: "asc" },
      take: 5,
      select: { id: true, name: true, dueAt: true, itemCount: true, _count: { select: { items: { where: { decision: null } } } } },
    }),
    actorCan(ctx.actor, "reviews:manage")
      ? db.accessReview.findMany({
          where: { workspaceId: ctx.workspace.id, nextDueAt: { not: null }, recurEveryDays: { not: null }, next: null },
          orderBy: { nextDueAt: "asc" },
          take: 5,
          select: { id: true, name: true, nextDueAt: true },
        })
      : [],
  ]);
  return {
    open: open.map((r) => ({ id: r.id, name: r.name, dueAt: r.dueAt, undecided: r._count.items, total: r.itemCount })),
    due: due
      .filter((r) => isDueSoon(r.nextDueAt!, now))
      .map((r) => ({ id: r.id, name: r.name, dueAt: r.nextDueAt!, overdue: r.nextDueAt! < now })),
  };
}
