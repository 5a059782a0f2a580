import "server-only";
import { db } from "@/lib/db";
import type { UserCtx } from "@/lib/account/user-context";
import { findOpenInvite } from "./find-open-invite";
import { joinWorkspace } from "./join-workspace";

export type AcceptResult = { ok: true; slug: string } | { ok: false; message: string };

// A signed-in user accepts an invite addressed to their own email (no workspace yet: ctx is the user;
// the invite's token is what admits them).
export async function acceptInvite(ctx: UserCtx, { token }: { token: string }): Promise<AcceptResult> {
  const { problem, invite } = await findOpenInvite(token);
  if (problem || !invite) return { ok: false, message: "This invite can no longer be used." };
  if (invite.email !== ctx.user.email?.toLowerCase())
    return { ok: false, message: `This invite is for ${invite.email}. Sign out and sign in (or sign up) as that address.` };
  const joined = await db.$transaction((tx) => joinWorkspace(tx, invite, ctx.user.id, ctx.meta));
  if (!joined) return { ok: false, message: "This invite was just used or revoked." };
  return { ok: true, slug: invite.workspace.slug };
}
