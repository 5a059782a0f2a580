import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace, role } = await requireMember(slug, "clients:read");
  const where = { workspaceId: workspace.id };
  const [clients, grants, callbacks] = await Promise.all([
    db.oAuthClient.count({ where: { ...where, archivedAt: null } }),
    db.grant.count({ where: { ...where, status: "ACTIVE" } }),
    db.callbackEvent.count({ where }),
  ]);
  const base = `/w/${workspace.slug}`;
  // Each step only for those who may take it.
  const steps = [
    can(role, "clients:write") && { done: clients > 0, title: "Register a client", text: "Its Zoho client id, secret and redirect URIs.", href: `${base}/clients/new` },
    can(role, "authorize") && { done: callbacks > 0, title: "Authorize it", text: "Build the URL, consent at Zoho (or the sandbox), and the console receives the callback.", href: `${base}/authorize` },
    { done: grants > 0, title: "Use the grant", text: "Location, accounts server, api domain and the encrypted refresh token are kept here.", href: `${base}/grants` },
  ].filter((step) => !!step);
  return (
    <>
      <PageHeader title={workspace.name} description="Your Zoho OAuth clients, authorizations and grants in one place." />
      <div className="grid gap-4 sm:grid-cols-3">
        {[["Clients", clients, `${base}/clients`], ["Active grants", grants, `${base}/grants`], ["Callbacks", callbacks, `${base}/callbacks`]].map(([label, n, href]) => (
          <Link key={label as string} href={href as string}><Card className="hover:border-indigo-400"><p className="text-sm text-zinc-500">{label}</p><p className="mt-1 text-3xl font-semibold">{n}</p></Card></Link>
        ))}
      </div>
      <h2 className="mt-10 text-lg font-semibold">Getting started</h2>
      <ol className="mt-3 space-y-2">
        {steps.map((s, i) => (
          <li key={s.title}>
            <Link href={s.href} className="flex items-start gap-3 rounded-lg border border-zinc-200 bg-white p-4 hover:border-indigo-400 dark:border-zinc-800 dark:bg-zinc-900">
              <span className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${s.done ? "bg-emerald-600 text-white" : "bg-zinc-200 dark:bg-zinc-700"}`}>{s.done ? "✓" : i + 1}</span>
              <span><span className="font-medium">{s.title}</span><span className="block text-sm text-zinc-600 dark:text-zinc-400">{s.text}</span></span>
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
