import Link from "next/link";
import { SignOutForm } from "@/components/sign-out-form";
import { requireUser } from "@/lib/auth/require-member";

// The signed-in person's own pages, outside any workspace.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <Link href="/" className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">
            Zoho OAuth Console
          </Link>
          <Link href="/" className="text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400">
            ← Back to your workspace
          </Link>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-muted">{user.email}</span>
            <SignOutForm />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
