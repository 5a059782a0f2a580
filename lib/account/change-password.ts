import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { checkCurrentPassword } from "@/lib/auth/check-current-password";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { db } from "@/lib/db";
import type { ChangePasswordInput } from "./schemas";
import type { UserCtx } from "./user-context";

// The signed-in user changes their password (no workspace: ctx is the user and this browser's session).
// The current one first (counted like a reveal's), then every other browser signed in as them is
// signed out; this one stays signed in.
export async function changePassword(ctx: UserCtx, input: ChangePasswordInput): Promise<FormState> {
  const reentry = await checkCurrentPassword(ctx.user.id, input.currentPassword);
  if (!reentry.ok && reentry.retryAfterSeconds)
    return { message: `Too many wrong passwords. Try again in ${Math.ceil(reentry.retryAfterSeconds / 60)} min.` };
  if (!reentry.ok)
    return { message: "Please correct the highlighted fields.", fieldErrors: { currentPassword: ["That is not your current password"] } };
  const passwordHash = await hashPassword(input.newPassword);
  const signedOut = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.user.id }, data: { passwordHash } });
    await recordAccountEvent(tx, { userId: ctx.user.id, action: "user.password_changed", ...ctx.meta });
    return endSessions(ctx.user.id, { except: ctx.sessionId ?? undefined, tx });
  });
  const others = signedOut === 1 ? "1 other browser was" : `${signedOut} other browsers were`;
  return { ok: true, message: `Password changed. ${others} signed out.` };
}
