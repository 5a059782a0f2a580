import "server-only";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";

/** The member's own alert email choices, for their settings page (never anyone else's). */
export async function getAlertMail(ctx: Ctx) {
  allow(ctx, "alerts:subscribe");
  if (ctx.actor.kind !== "member") throw new NotAllowedError("alerts:subscribe");
  const membership = await db.membership.findUnique({
    where: { userId_workspaceId: { userId: ctx.actor.userId, workspaceId: ctx.workspace.id } },
    select: {
      user: { select: { email: true } },
      alertMail: { select: { events: true, mode: true, lastSentAt: true, lastError: true, notBefore: true } },
    },
  });
  const { SMTP_URL, ALERT_MAIL_INTERVAL_MS, ALERT_DIGEST_SECONDS } = env();
  return {
    email: membership?.user.email ?? null,
    events: membership?.alertMail?.events ?? [],
    mode: membership?.alertMail?.mode ?? "IMMEDIATE",
    lastSentAt: membership?.alertMail?.lastSentAt ?? null,
    lastError: membership?.alertMail?.lastError ?? null,
    smtp: !!SMTP_URL,
    intervalMs: ALERT_MAIL_INTERVAL_MS,
    digestSeconds: ALERT_DIGEST_SECONDS,
  };
}
