import Link from "next/link";
import { SignOutForm } from "@/components/sign-out-form";
import { SkipLink } from "@/components/skip-link";
import { requireUser } from "@/lib/auth/require-member";

// The signed-in person's own pages, outside any workspace.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:gap-x-6 sm:px-6">
          <Link href="/" className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">
            Zoho OAuth Console
          </Link>
          <Link href="/" className="text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400">
            ← Back to your workspace
          </Link>
          <div className="flex min-w-0 items-center gap-3 text-sm sm:ml-auto">
            <span className="min-w-0 break-all text-muted">{user.email}</span>
            <SignOutForm />
          </div>
        </div>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
