"use server";
import { AuthError } from "next-auth";
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
  const taken = { message: `An account for ${invite.email} exists already: sign in to accept the invite.` };
  if (await db.user.findUnique({ where: { email: invite.email }, select: { id: true } })) return taken;
  const passwordHash = await hashPassword(parsed.data.password);
  const meta = await requestMeta();
  // Several submits at once (two tabs, a double click): one creates the account, the others meet the
  // unique email (or the used invite) and get a message, never a 500.
  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: invite.email, name: parsed.data.name, passwordHash }, select: { id: true } });
    if (await joinWorkspace(tx, invite, user.id, meta)) return "joined";
    throw new InviteGone();
  }).catch((error) => {
    if (error instanceof InviteGone) return "gone";
    if (isUniqueViolation(error)) return "taken";
    throw error;
  });
  if (outcome === "gone") return { message: "This invite was just used or revoked." };
  if (outcome === "taken") return taken;
  try {
    await signIn("credentials", { email: invite.email, password: parsed.data.password, redirectTo: `/w/${invite.workspace.slug}` });
  } catch (error) {
    // The account exists; only the automatic sign-in was refused (a sign-in limit on this address).
    if (error instanceof AuthError) return { ok: true, message: "Your account is ready. Sign in to reach the workspace." };
    throw error;
  }
  return { ok: true };
}

class InviteGone extends Error {}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";
