import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { visibleReviewsWhere } from "./review-access";

const SELECT = {
  id: true,
  name: true,
  createdAt: true,
  dueAt: true,
  finishedAt: true,
  recurEveryDays: true,
  nextDueAt: true,
  itemCount: true,
  next: { select: { id: true } },
  _count: { select: { items: { where: { decision: { not: null } } } } },
} as const;

/** The reviews the actor may see: open ones (oldest due first), and the 50 last finished. */
export async function listReviews(ctx: Ctx) {
  const where = visibleReviewsWhere(ctx);
  const [open, finished] = await Promise.all([
    db.accessReview.findMany({ where: { ...where, finishedAt: null }, orderBy: { createdAt: "asc" }, select: SELECT }),
    db.accessReview.findMany({ where: { ...where, finishedAt: { not: null } }, orderBy: { finishedAt: "desc" }, take: 50, select: SELECT }),
  ]);
  const shape = (r: (typeof open)[number]) => ({ ...r, decided: r._count.items });
  return { open: open.map(shape), finished: finished.map(shape) };
}
export type ReviewSummary = Awaited<ReturnType<typeof listReviews>>["open"][number];
