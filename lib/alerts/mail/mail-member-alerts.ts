import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log/logger";
import { sendMail } from "@/lib/mail/send-mail";
import { alertView } from "../alert-view";
import { newUnsubscribeToken } from "../unsubscribe/unsubscribe-token";
import { SETTLE_SECONDS, type Claim } from "./claim-alert-mail";
import { composeAlertMail } from "./compose-alert-mail";

/** At most this many alerts in one mail; the rest follow in the next (right away, even for a digest). */
export const MAX_PER_MAIL = 50;
/** After a failed send, the member's mail is tried again this much later. */
export const RETRY_MS = 60_000;

/**
 * One claimed member's mail: the settled alerts of their chosen types after their cursor, one mail, and
 * only after the SMTP server accepted it the cursor moves to the last alert in it — conditional on this
 * claim still being theirs. A crash between the send and that update mails those alerts again once the
 * lease ends (at least once, never lost); a failed send keeps the cursor and retries after RETRY_MS.
 */
export async function mailMemberAlerts(claim: Claim, origin: string): Promise<"sent" | "failed" | "none"> {
  const key = { userId: claim.userId, workspaceId: claim.workspaceId };
  const mine = { ...key, claimToken: claim.claimToken };
  const setting = await db.alertMailSetting.findUnique({
    where: { userId_workspaceId: key },
    select: {
      events: true,
      mode: true,
      cursorAt: true,
      cursorId: true,
      claimToken: true,
      membership: { select: { user: { select: { email: true } }, workspace: { select: { slug: true, name: true } } } },
    },
  });
  if (!setting || setting.claimToken !== claim.claimToken) return "none";
  const rows = await db.alert.findMany({
    where: {
      workspaceId: claim.workspaceId,
      type: { in: setting.events },
      createdAt: { gte: setting.cursorAt, lte: new Date(Date.now() - SETTLE_SECONDS * 1000) },
      OR: [{ createdAt: { gt: setting.cursorAt } }, { id: { gt: setting.cursorId } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_PER_MAIL + 1,
    select: { id: true, type: true, payload: true, createdAt: true },
  });
  const batch = rows.slice(0, MAX_PER_MAIL);
  const last = batch[batch.length - 1];
  if (!last) {
    await db.alertMailSetting.updateMany({ where: mine, data: { notBefore: null, claimToken: null } });
    return "none";
  }
  const more = rows.length > MAX_PER_MAIL;
  const { workspace, user } = setting.membership;
  const { token, hash } = newUnsubscribeToken();
  await db.alertMailToken.create({ data: { tokenHash: hash, ...key } });
  const mail = composeAlertMail({
    workspace,
    mode: setting.mode,
    alerts: batch.map((row) => alertView(row, workspace.slug, null)),
    more,
    origin,
    unsubscribeUrl: `${origin}/unsubscribe/${token}`,
  });
  const sent = await sendMail({ to: user.email, ...mail });
  if (!sent.ok) {
    log.warn({ userId: key.userId, workspaceId: key.workspaceId, error: sent.error }, "alert mail failed; retrying in a minute");
    await db.alertMailToken.deleteMany({ where: { tokenHash: hash } });
    await db.alertMailSetting.updateMany({
      where: mine,
      data: { notBefore: new Date(Date.now() + RETRY_MS), claimToken: null, lastError: sent.error },
    });
    return "failed";
  }
  const now = new Date();
  await db.alertMailSetting.updateMany({
    where: mine,
    data: {
      cursorAt: last.createdAt,
      cursorId: last.id,
      notBefore: null,
      claimToken: null,
      lastSentAt: now,
      lastError: null,
      // A digest that had to stop at MAX_PER_MAIL stays due, so the rest follow at the next tick.
      ...(setting.mode === "DIGEST" && !more && { lastDigestAt: now }),
    },
  });
  return "sent";
}
