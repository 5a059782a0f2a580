"use server";
import { signIn } from "@/lib/auth/auth";
import { oidcProviders } from "@/lib/auth/oidc-providers";
import { env } from "@/lib/config/env";

export async function signInWithProvider(providerId: string) {
  if (!oidcProviders(env()).some((p) => p.id === providerId)) return;
  await signIn(providerId, { redirectTo: "/" });
}
