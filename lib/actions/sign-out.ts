"use server";
import { signOut } from "@/lib/auth/auth";

export async function signOutNow() {
  await signOut({ redirectTo: "/sign-in" });
}
