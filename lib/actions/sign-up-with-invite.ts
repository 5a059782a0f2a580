"use server";
import { signIn } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/auth/password";
import { findOpenInvite } from "@/lib/data/members/find-open-invite";
import { joinWorkspace } from "@/lib/data/members/join-workspace";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { inviteSignUpSchema } from "@/lib/schemas/members";
import { formObject, invalid, type FormState } from "./form-state";

// A new person creates their account from an invite link: the invite's email becomes theirs.
export async function signUpWithInvite(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const input = formObject(formData);
  const parsed = inviteSignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { name: input.name ?? "" });
  const { problem, invite } = await findOpenInvite(token);
  if (problem || !invite) return { message: "This invite can no longer be used." };
  if (await db.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
    return { message: `An account for ${invite.email} exists already: sign in to accept the invite.` };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const meta = await requestMeta();
  const joined = await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: invite.email, name: parsed.data.name, passwordHash }, select: { id: true } });
    if (await joinWorkspace(tx, invite, user.id, meta)) return true;
    throw new InviteGone();
  }).catch((error) => {
    if (error instanceof InviteGone) return false;
    throw error;
  });
  if (!joined) return { message: "This invite was just used or revoked." };
  await signIn("credentials", { email: invite.email, password: parsed.data.password, redirectTo: `/w/${invite.workspace.slug}` });
  return { ok: true };
}

class InviteGone extends Error {}
