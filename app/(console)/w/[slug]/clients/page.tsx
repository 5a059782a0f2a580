import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { CopyButton } from "@/components/copy-button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { buttonClass } from "@/components/button-class";
import { Toast } from "@/components/toast";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/permissions";
import { listClients } from "@/lib/data/clients/list-clients";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ created?: string }> }) {
  const { slug } = await params;
  const { created } = await searchParams;
  const { workspace, role } = await requireMember(slug, "clients:read");
  const clients = await listClients(workspace.id);
  const base = `/w/${workspace.slug}`;
  const newButton = can(role, "clients:write") && <Link href={`${base}/clients/new`} className={buttonClass()}>Register a client</Link>;
  return (
    <>
      {created && <Toast message="Client registered. Build an authorization URL for it next." />}
      <PageHeader title="Clients" description="The Zoho OAuth clients this workspace uses. Secrets are encrypted; only their last 4 characters are shown." actions={newButton} />
      {clients.length === 0 ? (
        <EmptyState title="No clients yet" action={newButton}>
          Register the client you created in Zoho&apos;s API console (or in the built-in sandbox) with its id, secret and redirect URIs.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {clients.map((client) => (
            <li key={client.id} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="client-row">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold">{client.name}</h2>
                <EnvironmentBadge environment={client.environment} />
                {client.provider === "SANDBOX" && <Badge tone="amber">sandbox accounts</Badge>}
                <Badge>server-based</Badge>
                <Badge>home DC {client.homeDc}</Badge>
                <span className="ml-auto text-xs text-zinc-500">registered <RelativeTime date={client.createdAt} /></span>
              </div>
              <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-zinc-500">Client id</dt>
                <dd className="flex items-center gap-2 font-mono text-xs">{client.zohoClientId}<CopyButton value={client.zohoClientId} label="Copy id" /></dd>
                <dt className="text-zinc-500">Secret</dt>
                <dd className="font-mono text-xs">••••{client.secretLast4}</dd>
                <dt className="text-zinc-500">Redirect URIs</dt>
                <dd className="space-y-1">
                  {client.redirectUris.map((r) => (
                    <div key={r.uri} className="flex items-center gap-2 font-mono text-xs">{r.uri}<CopyButton value={r.uri} label="Copy URI" /></div>
                  ))}
                </dd>
                <dt className="text-zinc-500">Grants</dt>
                <dd>{client._count.grants}</dd>
              </dl>
              {can(role, "authorize") && (
                <Link href={`${base}/authorize?client=${client.id}`} className={`${buttonClass("secondary")} mt-3`}>Build authorization URL</Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
