"use server";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/require-member";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";

// Ends every session of the signed-in user, this browser's included (a lost laptop, a shared
// computer): each of their cookies is refused from its next request on.
export async function signOutEverywhere() {
  const user = await requireUser();
  const meta = await requestMeta();
  await db.$transaction(async (tx) => {
    await endSessions(user.id, { tx });
    await recordAccountEvent(tx, { userId: user.id, action: "user.signed_out_everywhere", ...meta });
  });
  await signOut({ redirectTo: "/sign-in" });
}
