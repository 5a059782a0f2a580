"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { signInSchema } from "@/lib/schemas/account";
import { formObject, invalid, type FormState } from "./form-state";

export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = formObject(formData);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { email: input.email ?? "" });
  const next = formData.get("next");
  const redirectTo = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  const wait = await signInWaitSeconds(parsed.data.email);
  if (wait > 0) return { message: `Too many failed attempts. Try again in ${wait} seconds.`, values: { email: parsed.data.email } };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    // signIn redirects by throwing; only a failed sign-in is ours to answer.
    if (error instanceof AuthError) return { message: "That email and password do not match an account.", values: { email: parsed.data.email } };
    throw error;
  }
  return { ok: true };
}
