import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { countUsers } from "@/lib/data/users/count-users";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  if ((await countUsers()) === 0) redirect("/setup");
  const { next, error } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">to manage your team&apos;s Zoho clients and grants.</p>
      {error === "no-workspace" && <p className="mt-4 text-sm text-amber-700 dark:text-amber-400">Your account belongs to no workspace yet. Ask an owner for an invite.</p>}
      <SignInForm next={next} />
    </>
  );
}
