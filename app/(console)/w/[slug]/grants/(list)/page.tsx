import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/button-class";
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
import { GrantTable } from "@/components/grants/grant-table";

export const metadata: Metadata = { title: "Grants" };

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
  const [{ grants, total, capped, next }, clients, members] = await Promise.all([
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
        <GrantTable
          slug={workspace.slug}
          rows={grants.map(({ createdById, lastUsedVia, ...g }) => ({
            ...g,
            creator: creators.get(createdById) ?? "a former member",
            via: lastUsedVia ? sources.get(lastUsedVia) : undefined,
          }))}
        />
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
