"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { SignInRefused, tooManyAttemptsMessage } from "@/lib/auth/sign-in-refused";
import { signInSchema } from "@/lib/schemas/account";
import { formObject, invalid, type FormState } from "./form-state";

// The limits are counted in the credentials check itself (lib/auth/verify-credentials.ts), which
// Auth.js's own endpoint reaches too; this action only turns its answer into the form's message.
export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = formObject(formData);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { email: input.email ?? "" });
  const next = formData.get("next");
  const redirectTo = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    // signIn redirects by throwing; only a failed sign-in is ours to answer.
    if (error instanceof SignInRefused) return { message: tooManyAttemptsMessage(error.retryAfterSeconds), values: { email: parsed.data.email } };
    if (error instanceof AuthError) return { message: "That email and password do not match an account.", values: { email: parsed.data.email } };
    throw error;
  }
  return { ok: true };
}
