import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import type { AlertMailInput } from "../schemas";

/**
 * A member chooses which of the workspace's alerts are mailed to them, right away or as a daily digest —
 * their own choices only (the actor's user id is the key; nothing in the form names a member). Turning
 * mail on starts the cursor now, so no backlog of older alerts is sent; choosing the digest starts its
 * period now. Audited with the choices (no secret in them).
 */
export async function updateAlertMail(ctx: Ctx, input: AlertMailInput): Promise<FormState> {
  allow(ctx, "alerts:subscribe");
  if (ctx.actor.kind !== "member") throw new NotAllowedError("alerts:subscribe");
  if (!env().SMTP_URL)
    return {
      message:
        "This console has no mail server (SMTP_URL is not set), so alert email cannot be turned on. The bell still shows every alert.",
    };
  const key = { userId: ctx.actor.userId, workspaceId: ctx.workspace.id };
  const now = new Date();
  await db.$transaction(async (tx) => {
    const before = await tx.alertMailSetting.findUnique({ where: { userId_workspaceId: key }, select: { events: true, mode: true } });
    const turningOn = input.events.length > 0 && !before?.events.length;
    const toDigest = input.mode === "DIGEST" && (turningOn || before?.mode !== "DIGEST");
    const data = {
      events: input.events,
      mode: input.mode,
      ...(turningOn && { cursorAt: now, cursorId: "" }),
      ...(toDigest && { lastDigestAt: now }),
    };
    await tx.alertMailSetting.upsert({ where: { userId_workspaceId: key }, create: { ...key, ...data }, update: data });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: key.userId,
      action: "alerts.mail_changed",
      targetType: "member",
      targetId: key.userId,
      data: { events: input.events, mode: input.mode.toLowerCase() },
      ...ctx.meta,
    });
  });
  if (input.events.length === 0) return { ok: true, message: "Saved: no alert email from this workspace." };
  const how = input.mode === "DIGEST" ? "in a daily digest" : "as they happen";
  return { ok: true, message: `Saved: ${input.events.length} kind${input.events.length === 1 ? "" : "s"} of alert, mailed ${how}.` };
}
