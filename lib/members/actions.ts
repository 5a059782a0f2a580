"use server";
// Members and invites: thin adapters from a form to a service (lib/auth/workspace-action.ts checks the
// member and permission and parses the form first; the invite pages have no workspace yet).
import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { anonymousContext, userContext } from "@/lib/account/user-context";
import { formObject, invalid, type FormState } from "@/lib/forms/form-state";
import { signIn } from "@/lib/auth/auth";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { appOrigin } from "@/lib/config/app-origin";
import { withoutNul } from "@/lib/without-nul";
import { acceptInvite } from "./accept-invite";
import { changeMemberRole } from "./change-member-role";
import { createInvite, type InviteState } from "./create-invite";
import { removeMember } from "./remove-member";
import { revokeInvite } from "./revoke-invite";
import { changeRoleSchema, inviteSchema, inviteSignUpSchema, memberSchema, revokeInviteSchema } from "./schemas";
import { signUpWithInvite } from "./sign-up-with-invite";

const inviteAction = workspaceAction("members:manage", inviteSchema, async (ctx, input) => {
  const state = await createInvite(ctx, { ...input, origin: appOrigin({ headers: await headers() }) });
  revalidatePath(`/w/${ctx.workspace.slug}/members`);
  return state;
});
export const createInviteAction = inviteAction as (slug: string, prev: InviteState, formData: FormData) => Promise<InviteState>;

// The role and remove forms are a select and a button: there is no field to highlight, so a refused
// input is said plainly in the toast.
const plainly =
  (message: string) =>
  (state: FormState): FormState =>
    state.fieldErrors ? { message } : state;

const roleAction = workspaceAction("members:manage", changeRoleSchema, async (ctx, input) => {
  const state = await changeMemberRole(ctx, input);
  revalidatePath(`/w/${ctx.workspace.slug}/members`);
  return state;
});
export async function changeMemberRoleAction(slug: string, prev: FormState, formData: FormData): Promise<FormState> {
  return plainly("Pick a role.")(await roleAction(slug, prev, formData));
}

// Leaving needs only members:read; removing someone else, members:manage (the service checks which).
const removeAction = workspaceAction("members:read", memberSchema, async (ctx, input) => {
  const { left, ...state } = await removeMember(ctx, input);
  if (left) redirect("/");
  if (state.ok) revalidatePath(`/w/${ctx.workspace.slug}/members`);
  return state;
});
export async function removeMemberAction(slug: string, prev: FormState, formData: FormData): Promise<FormState> {
  return plainly("Nobody to remove.")(await removeAction(slug, prev, formData));
}

export const revokeInviteAction = workspaceAction(
  "members:manage",
  revokeInviteSchema,
  async (ctx, input) => {
    const state = await revokeInvite(ctx, input);
    revalidatePath(`/w/${ctx.workspace.slug}/members`);
    return state;
  },
  { bound: ["inviteId"] },
);

export async function acceptInviteAction(token: string, _prev: FormState): Promise<FormState> {
  const result = await acceptInvite(await userContext(), { token: withoutNul(String(token)) });
  if (!result.ok) return { message: result.message };
  redirect(`/w/${result.slug}`);
}

export async function signUpWithInviteAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const input = formObject(formData);
  const parsed = inviteSignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { name: input.name ?? "" });
  const result = await signUpWithInvite(await anonymousContext(), { ...parsed.data, token: withoutNul(String(token)) });
  if (!result.ok) return { message: result.message };
  try {
    await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: `/w/${result.slug}` });
  } catch (error) {
    // The account exists; only the automatic sign-in was refused (a sign-in limit on this address).
    if (error instanceof AuthError) return { ok: true, message: "Your account is ready. Sign in to reach the workspace." };
    throw error;
  }
  return { ok: true };
}
