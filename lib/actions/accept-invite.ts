"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-member";
import { findOpenInvite } from "@/lib/data/members/find-open-invite";
import { joinWorkspace } from "@/lib/data/members/join-workspace";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import type { FormState } from "./form-state";

// A signed-in user accepts an invite addressed to their own email.
export async function acceptInvite(token: string, _prev: FormState): Promise<FormState> {
  const user = await requireUser();
  const { problem, invite } = await findOpenInvite(token);
  if (problem || !invite) return { message: "This invite can no longer be used." };
  if (invite.email !== user.email?.toLowerCase()) return { message: `This invite is for ${invite.email}. Sign out and sign in (or sign up) as that address.` };
  const meta = await requestMeta();
  const joined = await db.$transaction((tx) => joinWorkspace(tx, invite, user.id, meta));
  if (!joined) return { message: "This invite was just used or revoked." };
  redirect(`/w/${invite.workspace.slug}`);
}
