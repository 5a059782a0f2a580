import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { countUsers } from "@/lib/account/count-users";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if ((await countUsers()) > 0) redirect("/sign-in");
  return (
    <>
      <h1 className="text-xl font-semibold">Welcome</h1>
      <p className="mt-1 text-sm text-muted">Create the owner account and your first workspace. You can invite your team afterwards.</p>
      <SetupForm />
    </>
  );
}
