import "server-only";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { db } from "@/lib/db";
import type { UserCtx } from "./user-context";

// Ends every session of the signed-in user (no workspace: ctx is the user), this browser's included
// (a lost laptop, a shared computer): each of their cookies is refused from its next request on.
export async function signOutEverywhere(ctx: UserCtx, _input: Record<string, never> = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    await endSessions(ctx.user.id, { tx });
    await recordAccountEvent(tx, { userId: ctx.user.id, action: "user.signed_out_everywhere", ...ctx.meta });
  });
}
