import { SkipLink } from "@/components/skip-link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <main id="content" tabIndex={-1} className="flex min-h-screen items-center justify-center p-4 outline-none sm:p-6">
        <div className="w-full max-w-md min-w-0">
          <p className="mb-6 text-center text-sm font-semibold tracking-wide text-indigo-600 dark:text-indigo-400">Zoho OAuth Console</p>
          <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
            {children}
          </div>
        </div>
      </main>
    </>
  );
}
