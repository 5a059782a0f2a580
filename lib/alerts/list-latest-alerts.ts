import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { alertView, type AlertView } from "./alert-view";
import { countUnreadAlerts } from "./count-unread-alerts";
import { seenAt } from "./seen-at";

export const BELL_SIZE = 20;

/** What the bell shows when opened: the newest alerts of the workspace, each marked unread or not, and the unread count. */
export async function listLatestAlerts(ctx: Ctx): Promise<{ unread: number; alerts: AlertView[] }> {
  allow(ctx, "alerts:read");
  const [seen, rows, unread] = await Promise.all([
    seenAt(ctx),
    db.alert.findMany({
      where: { workspaceId: ctx.workspace.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: BELL_SIZE,
      select: { id: true, type: true, payload: true, createdAt: true },
    }),
    countUnreadAlerts(ctx),
  ]);
  return { unread, alerts: rows.map((row) => alertView(row, ctx.workspace.slug, seen)) };
}
