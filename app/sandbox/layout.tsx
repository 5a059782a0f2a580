import Link from "next/link";
import { SkipLink } from "@/components/skip-link";
import { requireSandbox } from "@/lib/sandbox/require-sandbox";

export const dynamic = "force-dynamic";

// Every sandbox page says loudly that it is not Zoho, so sandbox and real credentials never mix.
export default function SandboxLayout({ children }: { children: React.ReactNode }) {
  requireSandbox();
  return (
    <div className="min-h-screen">
      <SkipLink />
      <div className="bg-amber-400 px-4 py-1.5 text-center text-sm font-semibold text-amber-950" role="note">
        Zoho sandbox — not the real Zoho. It stands in for Zoho&apos;s accounts servers so the console can be tried and tested offline.
      </div>
      <header className="border-b border-zinc-200 dark:border-zinc-800">
        <nav aria-label="Sandbox" className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3 text-sm sm:px-6">
          <Link href="/sandbox" className="font-semibold">
            Zoho sandbox
          </Link>
          <Link href="/sandbox/console" className="text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
            API console
          </Link>
          <a href="/sandbox/oauth/serverinfo" className="text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
            serverinfo
          </a>
          <Link href="/" className="ml-auto text-indigo-600 hover:underline dark:text-indigo-400">
            ← Back to the console
          </Link>
        </nav>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
