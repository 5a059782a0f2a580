import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { OrgWideBadge } from "@/components/grants/org-wide-badge";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { buttonClass } from "@/components/button-class";
import { roles, stack } from "@/components/stack-table";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { GRANT_PAGE_SIZE, grantListHref, readGrantListFilter } from "@/lib/grants/grant-list-filter";
import { listGrantPage } from "@/lib/grants/list-grant-page";
import { listClientNames } from "@/lib/clients/list-client-names";
import { CLIENT_PICKER_SIZE, GrantFilters } from "@/components/grants/grant-filters";
import { ExportLink } from "@/components/export-link";
import { dataCentreFilterOptions } from "@/lib/data-centres/current-data-centres";
import { listMembers } from "@/lib/members/list-members";
import { describeUseSources } from "@/lib/grants/describe-use-sources";
import { LastUsed } from "@/components/grants/last-used";

export const metadata: Metadata = { title: "Grants" };

const COLUMNS = ["Client", "Zoho user", "Location", "Accounts server · API domain", "Scopes", "Refresh token", "Created", "Last used"];

export default async function GrantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const filter = readGrantListFilter(await searchParams);
  const ctx = await memberContext(slug, "grants:read");
  const { workspace } = ctx;
  const base = `/w/${slug}/grants`;
  const [{ grants, total, capped, next }, clients, { members }] = await Promise.all([
    listGrantPage(ctx, filter),
    listClientNames(ctx, { take: CLIENT_PICKER_SIZE }),
    listMembers(ctx),
  ]);
  const filtered = Object.keys(filter).some((k) => k !== "sort" && k !== "after" && k !== "count");
  // Exactly the filtered set, whatever page is shown: for the export and the pages that act on it.
  const selectionHref = (path: string) => grantListHref(path, { ...filter, sort: undefined, after: undefined, count: undefined });
  const exportHref = (format: "csv" | "json") => {
    const href = selectionHref(`${base}/export`);
    return `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
  };
  // Creators are named from the member list the filter form reads anyway; one who left reads "a former member".
  const creators = new Map(members.map((m) => [m.user.id, m.user.email]));
  const sources = await describeUseSources(
    workspace.id,
    grants.map((g) => g.lastUsedVia),
  );
  return (
    <>
      <PageHeader
        title="Grants"
        description="What Zoho granted this workspace: where each grant lives and which scopes it holds. Refresh tokens are encrypted; only their last 4 characters are shown."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`${base}/inventory`} className={buttonClass("secondary")}>
              Inventory: stale, per user, scopes
            </Link>
            {actorCan(ctx.actor, "authorize") && (
              <Link href={`${base}/self-client`} className={buttonClass("secondary")}>
                Self Client grant
              </Link>
            )}
          </div>
        }
      />
      <GrantFilters
        action={base}
        filter={filter}
        clients={clients}
        members={members.map((m) => ({ id: m.user.id, email: m.user.email }))}
        dataCentres={dataCentreFilterOptions()}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" role="status" data-testid="grant-count">
          {capped && "More than "}
          {total.toLocaleString("en")} {total === 1 ? "grant" : "grants"}
          {filtered ? " match the filters" : ""}
          {grants.length > 0 && total > grants.length ? ` · showing ${grants.length}` : ""}
          {capped && (
            <>
              {" · "}
              <Link href={grantListHref(base, { ...filter, count: "all" })} className="underline">
                Count them all
              </Link>
            </>
          )}
        </p>
        {total > 0 && (
          <div className="flex flex-wrap gap-2">
            <ExportLink href={exportHref("csv")} label="Export CSV" noun="grant" />
            <ExportLink href={exportHref("json")} label="Export JSON" noun="grant" />
            {actorCan(ctx.actor, "grants:label") && (
              <Link href={selectionHref(`${base}/bulk`)} className={buttonClass("secondary")}>
                Bulk actions
              </Link>
            )}
            {actorCan(ctx.actor, "reviews:manage") && (
              <Link href={selectionHref(`/w/${slug}/reviews/new`)} className={buttonClass("secondary")}>
                Review these grants
              </Link>
            )}
          </div>
        )}
      </div>
      {grants.length === 0 && filtered ? (
        <EmptyState
          title="No grant matches these filters"
          action={
            <Link href={base} className={buttonClass("secondary")}>
              Clear filters
            </Link>
          }
        >
          Loosen a filter, or clear them all to see every grant of the workspace.
        </EmptyState>
      ) : grants.length === 0 ? (
        <EmptyState
          title="No grants yet"
          action={
            <Link href={`/w/${workspace.slug}/authorize`} className={buttonClass()}>
              Authorize a client
            </Link>
          }
        >
          A grant appears here after someone authorizes a client and Zoho redirects back to the console.
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className={stack.table} {...roles.table} aria-label="Grants">
            <thead
              className={`border-b border-zinc-200 text-xs uppercase text-muted dark:border-zinc-800 ${stack.thead}`}
              {...roles.rowgroup}
            >
              <tr {...roles.row}>
                {COLUMNS.map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium" {...roles.columnheader}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={stack.tbody} {...roles.rowgroup}>
              {grants.map((g) => (
                <tr
                  key={g.id}
                  className={`border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800 ${stack.row}`}
                  data-testid="grant-row"
                  {...roles.row}
                >
                  <td className={stack.cell} {...roles.cell}>
                    <Link
                      href={`/w/${workspace.slug}/grants/${g.id}`}
                      className="font-medium text-indigo-600 hover:underline dark:text-indigo-400"
                    >
                      {g.label || g.client.name}
                    </Link>
                    {g.label && <div className="text-xs text-muted">{g.client.name}</div>}
                    <div className="mt-1 flex flex-wrap gap-1">
                      <EnvironmentBadge environment={g.client.environment} />
                      <Badge tone={g.status === "ACTIVE" ? "green" : "red"}>{g.status.toLowerCase()}</Badge>
                      {g.orgWide && <OrgWideBadge />}
                    </div>
                  </td>
                  <td className={`${stack.cell} break-words`} data-label={COLUMNS[1]} {...roles.cell}>
                    {g.zohoUserEmail ?? (
                      <span className="text-muted" title="Add AaaServer.profile.READ to the scopes to see who granted">
                        unknown
                      </span>
                    )}
                    {g.orgWide && <div className="text-xs text-muted">admin, for the organization</div>}
                  </td>
                  <td className={stack.cell} data-testid="grant-location" data-label={COLUMNS[2]} {...roles.cell}>
                    <Badge tone="indigo">{g.location}</Badge>
                  </td>
                  <td
                    className={`max-w-56 font-mono text-xs break-words max-sm:max-w-none ${stack.cell}`}
                    data-label={COLUMNS[3]}
                    {...roles.cell}
                  >
                    <div title="Accounts server: refresh and revoke here">{g.accountsServer}</div>
                    <div className="text-muted" title="API domain: call Zoho's APIs here">
                      {g.apiDomain}
                    </div>
                  </td>
                  <td className={`max-w-64 max-sm:max-w-none ${stack.cell}`} data-label={COLUMNS[4]} {...roles.cell}>
                    <div className="flex flex-wrap gap-1 break-all">
                      {g.scopes.map((s) => (
                        <Badge key={s}>{s}</Badge>
                      ))}
                    </div>
                  </td>
                  <td className={`font-mono text-xs ${stack.cell}`} data-label={COLUMNS[5]} {...roles.cell}>
                    {g.refreshLast4 ? `••••${g.refreshLast4}` : <span className="text-muted">none (online)</span>}
                  </td>
                  <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[6]} {...roles.cell}>
                    <RelativeTime date={g.createdAt} />
                    <div className="text-muted">by {creators.get(g.createdById) ?? "a former member"}</div>
                  </td>
                  <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[7]} data-testid="grant-last-used" {...roles.cell}>
                    <LastUsed at={g.lastUsedAt} via={g.lastUsedVia ? sources.get(g.lastUsedVia) : undefined} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(next || filter.after) && (
        <nav aria-label="Pages of grants" className="mt-4 flex flex-wrap gap-3">
          {filter.after && (
            <Link href={grantListHref(base, { ...filter, after: undefined })} className={buttonClass("secondary")}>
              First page
            </Link>
          )}
          {next && (
            <Link href={grantListHref(base, { ...filter, after: next })} className={buttonClass("secondary")} rel="next">
              Next {GRANT_PAGE_SIZE}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
