import { notFound } from "next/navigation";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export default function SandboxLayout({ children }: { children: React.ReactNode }) {
  if (!env().sandboxEnabled) notFound();
  return (
    <div className="min-h-screen">
      <div className="bg-amber-400 px-4 py-1.5 text-center text-sm font-semibold text-amber-950" role="note">
        Zoho sandbox — not the real Zoho. It stands in for Zoho&apos;s accounts servers so the console can be tried and tested offline.
      </div>
      <main className="mx-auto max-w-3xl px-6 py-10">{children}</main>
    </div>
  );
}
