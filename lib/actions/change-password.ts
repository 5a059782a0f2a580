"use server";
import { checkCurrentPassword } from "@/lib/auth/check-current-password";
import { hashPassword } from "@/lib/auth/password";
import { requireSession } from "@/lib/auth/require-member";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { changePasswordSchema } from "@/lib/schemas/account";
import { formObject, invalid, type FormState } from "./form-state";

// The signed-in user changes their password: the current one first (counted like a reveal's), then
// every other browser signed in as them is signed out; this one stays signed in.
export async function changePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const { user, sessionId } = await requireSession();
  const parsed = changePasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error);
  const reentry = await checkCurrentPassword(user.id, parsed.data.currentPassword);
  if (!reentry.ok && reentry.retryAfterSeconds) return { message: `Too many wrong passwords. Try again in ${Math.ceil(reentry.retryAfterSeconds / 60)} min.` };
  if (!reentry.ok) return { message: "Please correct the highlighted fields.", fieldErrors: { currentPassword: ["That is not your current password"] } };
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const meta = await requestMeta();
  const signedOut = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAccountEvent(tx, { userId: user.id, action: "user.password_changed", ...meta });
    return endSessions(user.id, { except: sessionId, tx });
  });
  const others = signedOut === 1 ? "1 other browser was" : `${signedOut} other browsers were`;
  return { ok: true, message: `Password changed. ${others} signed out.` };
}
