"use server";
// Signing in and out, first-run setup and the account page: thin adapters from a form to a service
// (or to Auth.js, which owns the session cookie). Not workspace-scoped, so not workspaceAction.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { formObject, invalid, withoutKeys, type FormState } from "@/lib/forms/form-state";
import { signIn, signOut } from "@/lib/auth/auth";
import { oidcProviders } from "@/lib/auth/oidc-providers";
import { SignInRefused, tooManyAttemptsMessage } from "@/lib/auth/sign-in-refused";
import { env } from "@/lib/config/env";
import { changePassword } from "./change-password";
import { completeSetup } from "./complete-setup";
import { countUsers } from "./count-users";
import { changePasswordSchema, setupSchema, signInSchema } from "./schemas";
import { signOutEverywhere } from "./sign-out-everywhere";
import { userAction } from "./user-action";
import { anonymousContext, userContext } from "./user-context";

// The limits are counted in the credentials check itself (lib/auth/verify-credentials.ts), which
// Auth.js's own endpoint reaches too; this action only turns its answer into the form's message.
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = formObject(formData);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { email: input.email ?? "" });
  const next = formData.get("next");
  const redirectTo = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    // signIn redirects by throwing; only a failed sign-in is ours to answer.
    if (error instanceof SignInRefused)
      return { message: tooManyAttemptsMessage(error.retryAfterSeconds), values: { email: parsed.data.email } };
    if (error instanceof AuthError)
      return { message: "That email and password do not match an account.", values: { email: parsed.data.email } };
    throw error;
  }
  return { ok: true };
}

export async function signInWithProviderAction(providerId: string) {
  if (!oidcProviders(env()).some((p) => p.id === providerId)) return;
  await signIn(providerId, { redirectTo: "/" });
}

// Ends this browser's session (the header's button, lib/auth/sessions explains the rest).
export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

// Refused once any user exists — checked first, before the form is even read: anyone can post here,
// and hashing a password is the expensive part.
export async function completeSetupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if ((await countUsers()) > 0) redirect("/sign-in");
  const input = formObject(formData);
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, withoutKeys(input, ["password"]));
  if (!(await completeSetup(await anonymousContext(), parsed.data))) redirect("/sign-in");
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/" });
  } catch (error) {
    // The owner exists; only the automatic sign-in was refused (a sign-in limit on this address).
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return { ok: true };
}

export const changePasswordAction = userAction(changePasswordSchema, changePassword);

export async function signOutEverywhereAction() {
  await signOutEverywhere(await userContext());
  await signOut({ redirectTo: "/sign-in" });
}
