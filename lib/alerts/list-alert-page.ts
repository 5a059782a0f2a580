import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { alertView, type AlertView } from "./alert-view";
import { countUnreadAlerts } from "./count-unread-alerts";
import { seenAt } from "./seen-at";

export const ALERT_PAGE = 50;

/** A page's position in the list: older than this alert. Written "<ms>.<id>" in the address. */
export type AlertCursor = { at: Date; id: string };

/** The address's `before`, leniently: anything that does not parse is the first page. */
export function parseAlertCursor(raw: string | undefined): AlertCursor | null {
  const match = /^(\d{1,15})\.([a-z0-9]{1,40})$/.exec(raw ?? "");
  if (!match) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2] };
}

const cursorOf = (row: { id: string; createdAt: Date }) => `${row.createdAt.getTime()}.${row.id}`;

// Newest first, keyset pages: the next page is bounded on createdAt (the (workspaceId, createdAt) index
// serves it however deep) and the tie broken by id. The alerts page, and the bell's first `take` when opened.
export async function listAlertPage(
  ctx: Ctx,
  { before, take = ALERT_PAGE }: { before: AlertCursor | null; take?: number },
): Promise<{ alerts: AlertView[]; next: string | null; unread: number }> {
  allow(ctx, "alerts:read");
  const [seen, rows, unread] = await Promise.all([
    seenAt(ctx),
    db.alert.findMany({
      where: {
        workspaceId: ctx.workspace.id,
        ...(before && { createdAt: { lte: before.at }, OR: [{ createdAt: { lt: before.at } }, { id: { lt: before.id } }] }),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: take + 1,
      select: { id: true, type: true, payload: true, createdAt: true },
    }),
    countUnreadAlerts(ctx),
  ]);
  const page = rows.slice(0, take);
  return {
    alerts: page.map((row) => alertView(row, ctx.workspace.slug, seen)),
    next: rows.length > take ? cursorOf(page[page.length - 1]) : null,
    unread,
  };
}
