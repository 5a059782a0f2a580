import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { inputClass } from "@/components/field";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { Toast } from "@/components/toast";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { listClients } from "@/lib/clients/list-clients";
import { clientFilterSchema, type ClientFilter } from "@/lib/clients/schemas";
import { CLIENT_TYPE_RULES, CLIENT_TYPES } from "@/lib/zoho/client-types";
import { dataCentreFilterOptions } from "@/lib/data-centres/current-data-centres";

export const metadata: Metadata = { title: "Clients" };

type Search = Record<string, string | string[] | undefined>;

export default async function ClientsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const search = await searchParams;
  const ctx = await memberContext(slug, "clients:read");
  const { workspace } = ctx;
  const filter = clientFilterSchema.parse(search);
  const { rows, total, pages } = await listClients(ctx, { filter });
  const base = `/w/${workspace.slug}`;
  const filtered = filter.q || filter.type || filter.dc || filter.env || filter.archived !== "active";
  const newButton = actorCan(ctx.actor, "clients:write") && (
    <Link href={`${base}/clients/new`} className={buttonClass()}>
      Register a client
    </Link>
  );
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link href={`${base}/clients/transfer`} className={buttonClass("secondary")}>
        Import / export
      </Link>
      {newButton}
    </div>
  );
  const pageHref = (page: number) =>
    `${base}/clients?${new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== undefined && v !== "") as [string, string][])}`;
  return (
    <>
      {search.created && <Toast message="Client registered. Build an authorization URL for it next." />}
      <PageHeader
        title="Clients"
        description="The Zoho OAuth clients this workspace uses. Secrets are encrypted; only their last 4 characters are shown."
        actions={actions}
      />
      <FilterBar filter={filter} />
      {rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No client matches"
            action={
              <Link className={buttonClass("secondary")} href={`${base}/clients`}>
                Clear filters
              </Link>
            }
          >
            Try another search or fewer filters.
          </EmptyState>
        ) : (
          <EmptyState title="No clients yet" action={newButton}>
            Register the client you created in Zoho&apos;s API console (or in the built-in sandbox) with its id, secret and redirect URIs.
          </EmptyState>
        )
      ) : (
        <>
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {rows.map((client) => (
              <li key={client.id} data-testid="client-row">
                <Link
                  href={`${base}/clients/${client.id}`}
                  className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
                >
                  <span className="min-w-0 font-medium break-words">{client.name}</span>
                  <EnvironmentBadge environment={client.environment} />
                  <Badge>{CLIENT_TYPE_RULES[client.type].label}</Badge>
                  {client.provider === "SANDBOX" && <Badge tone="amber">sandbox accounts</Badge>}
                  {client.archivedAt && <Badge tone="red">archived</Badge>}
                  <span className="min-w-0 font-mono text-xs break-all text-muted">{client.zohoClientId}</span>
                  <span className="font-mono text-xs text-muted">{client.secretLast4 ? `••••${client.secretLast4}` : "no secret"}</span>
                  <span className="text-xs text-muted">{[client.homeDc, ...client.enabledDcs].join(" · ")}</span>
                  <span className="ml-auto text-xs text-muted">
                    {client.grants} grants · <RelativeTime date={client.createdAt} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="text-muted">
              {total.toLocaleString("en")} clients · page {filter.page} of {pages}
            </span>
            <span className="flex gap-2">
              {filter.page > 1 && (
                <Link className={buttonClass("secondary")} href={pageHref(filter.page - 1)} rel="prev">
                  Previous
                </Link>
              )}
              {filter.page < pages && (
                <Link className={buttonClass("secondary")} href={pageHref(filter.page + 1)} rel="next">
                  Next
                </Link>
              )}
            </span>
          </nav>
        </>
      )}
    </>
  );
}

// A plain GET form: filters live in the URL, so they can be bookmarked and shared.
function FilterBar({ filter }: { filter: ClientFilter }) {
  const select = "rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
      <label className="min-w-0 flex-1 basis-56 text-sm">
        <span className="sr-only">Search</span>
        <input name="q" defaultValue={filter.q} placeholder="Search by name or client id" className={inputClass} />
      </label>
      <label className="text-sm">
        <span className="sr-only">Type</span>
        <select name="type" defaultValue={filter.type ?? ""} className={select}>
          <option value="">All types</option>
          {CLIENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {CLIENT_TYPE_RULES[t].label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="sr-only">Data centre</span>
        <select name="dc" defaultValue={filter.dc ?? ""} className={select}>
          <option value="">All DCs</option>
          {dataCentreFilterOptions().map((d) => (
            <option key={d.location} value={d.location}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="sr-only">Environment</span>
        <select name="env" defaultValue={filter.env ?? ""} className={select}>
          <option value="">All environments</option>
          <option value="PRODUCTION">Production</option>
          <option value="SANDBOX">Sandbox</option>
          <option value="DEVELOPMENT">Development</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="sr-only">Archived</span>
        <select name="archived" defaultValue={filter.archived} className={select}>
          <option value="active">Active</option>
          <option value="archived">Archived</option>
          <option value="all">Active and archived</option>
        </select>
      </label>
      <button className={buttonClass("secondary")}>Filter</button>
    </form>
  );
}
