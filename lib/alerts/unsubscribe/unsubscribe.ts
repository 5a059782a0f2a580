import "server-only";
import type { AnonymousCtx } from "@/lib/account/user-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { maskEmail, type UnsubscribeTarget } from "./find-unsubscribe";
import { unsubscribeTokenHash } from "./unsubscribe-token";

/**
 * The link in an alert mail, POSTed (the page's button, or a mail client's RFC 8058 one-click): its member
 * gets no more alert mail from that workspace (their event list is emptied; they may choose again in the
 * console). Audited once, as the member, with what they had chosen — never the token. null: no such link.
 */
export async function unsubscribe(
  ctx: AnonymousCtx,
  { token, via }: { token: string; via: "page" | "one-click" },
): Promise<UnsubscribeTarget | null> {
  const hash = unsubscribeTokenHash(token);
  if (!hash) return null;
  return db.$transaction(async (tx) => {
    const row = await tx.alertMailToken.findUnique({
      where: { tokenHash: hash },
      select: {
        userId: true,
        workspaceId: true,
        membership: { select: { workspace: { select: { name: true } }, user: { select: { email: true } } } },
      },
    });
    if (!row) return null;
    const key = { userId: row.userId, workspaceId: row.workspaceId };
    const setting = await tx.alertMailSetting.findUnique({ where: { userId_workspaceId: key }, select: { events: true, mode: true } });
    if (setting?.events.length) {
      await tx.alertMailSetting.update({ where: { userId_workspaceId: key }, data: { events: [] } });
      await recordAuditEvent(tx, {
        workspaceId: row.workspaceId,
        actorId: row.userId,
        action: "alerts.unsubscribed",
        targetType: "member",
        targetId: row.userId,
        data: { via, events: setting.events, mode: setting.mode.toLowerCase() },
        ...ctx.meta,
      });
    }
    return { workspace: row.membership.workspace.name, email: maskEmail(row.membership.user.email), subscribed: false };
  });
}
