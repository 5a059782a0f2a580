import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { AnonymousCtx } from "@/lib/account/user-context";
import { findOpenInvite } from "./find-open-invite";
import { joinWorkspace } from "./join-workspace";
import type { InviteSignUpInput } from "./schemas";

export type SignUpResult = { ok: true; email: string; slug: string } | { ok: false; message: string };

// A new person creates their account from an invite link (not signed in: ctx is the request's meta;
// the token admits them). The invite's email becomes theirs.
export async function signUpWithInvite(
  ctx: AnonymousCtx,
  { token, name, password }: InviteSignUpInput & { token: string },
): Promise<SignUpResult> {
  const { problem, invite } = await findOpenInvite(token);
  if (problem || !invite) return { ok: false, message: "This invite can no longer be used." };
  const taken = { ok: false as const, message: `An account for ${invite.email} exists already: sign in to accept the invite.` };
  if (await db.user.findUnique({ where: { email: invite.email }, select: { id: true } })) return taken;
  const passwordHash = await hashPassword(password);
  // Several submits at once (two tabs, a double click): one creates the account, the others meet the
  // unique email (or the used invite) and get a message, never a 500.
  const outcome = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: invite.email, name, passwordHash }, select: { id: true } });
      if (await joinWorkspace(tx, invite, user.id, ctx.meta)) return "joined";
      throw new InviteGone();
    })
    .catch((error) => {
      if (error instanceof InviteGone) return "gone";
      if (isUniqueViolation(error)) return "taken";
      throw error;
    });
  if (outcome === "gone") return { ok: false, message: "This invite was just used or revoked." };
  if (outcome === "taken") return taken;
  return { ok: true, email: invite.email, slug: invite.workspace.slug };
}

class InviteGone extends Error {}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";
