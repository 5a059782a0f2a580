import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { buttonClass } from "@/components/button-class";
import { BulkAddToKeyForm, BulkRelabelForm, BulkRevokeForm } from "@/components/grants/bulk-action-forms";
import { BulkRunList } from "@/components/grants/bulk-run-list";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { grantListHref } from "@/lib/grants/grant-list-filter";
import { bulkAddToKeyAction, bulkRelabelAction, startBulkRevokeAction } from "@/lib/grants/bulk/actions";
import { grantSelectionQuery, readGrantSelection } from "@/lib/grants/grant-selection";
import { listBulkRuns } from "@/lib/grants/bulk/load-bulk-run";
import { PREVIEW_SIZE, previewBulkSelection } from "@/lib/grants/bulk/preview-bulk-selection";

export const metadata: Metadata = { title: "Bulk actions on grants" };

// GET /w/{slug}/grants/bulk?<the Grants page's filters> — exactly what a bulk action would touch, and the actions.
export default async function BulkGrantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const filter = readGrantSelection(await searchParams);
  const ctx = await memberContext(slug, "grants:read");
  const [preview, runs] = await Promise.all([previewBulkSelection(ctx, filter), listBulkRuns(ctx)]);
  const { total, active, grants, words } = preview;
  const query = grantSelectionQuery(filter);
  const listHref = grantListHref(`/w/${slug}/grants`, filter);
  const may = {
    revoke: actorCan(ctx.actor, "grants:revoke"),
    label: actorCan(ctx.actor, "grants:label"),
    key: actorCan(ctx.actor, "apikeys:manage"),
  };
  const keys = may.key
    ? (await listApiKeys(ctx)).filter((k) => k.status === "active").map((k) => ({ id: k.id, name: k.name, grantCount: k.grantIds.length }))
    : [];
  return (
    <>
      <PageHeader
        title="Bulk actions on grants"
        description="Revoke, relabel or add to an API key every grant the Grants page's filters select — exactly the grants listed here."
        actions={
          <Link href={listHref} className={buttonClass("secondary")}>
            Back to the grants
          </Link>
        }
      />
      <section aria-labelledby="selection-title" className="mb-6 space-y-3">
        <h2 id="selection-title" className="text-lg font-semibold">
          The selection
        </h2>
        <p className="text-sm" data-testid="bulk-selection" role="status">
          <strong>{`${total.toLocaleString("en")} ${total === 1 ? "grant" : "grants"}`}</strong>
          {` (${active.toLocaleString("en")} active) — ${words}.`}
        </p>
        {total === 0 ? (
          <EmptyState
            title="No grant matches these filters"
            action={
              <Link href={listHref} className={buttonClass("secondary")}>
                Change the filters
              </Link>
            }
          >
            A bulk action works on the Grants page&apos;s filtered list: filter it there, then choose “Bulk actions”.
          </EmptyState>
        ) : (
          <>
            <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
              {grants.map((g) => (
                <li key={g.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" data-testid="bulk-grant">
                  <Link href={`/w/${slug}/grants/${g.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {g.label || g.client.name}
                  </Link>
                  {g.label && <span className="text-xs text-muted">{g.client.name}</span>}
                  <EnvironmentBadge environment={g.client.environment} />
                  <Badge tone={g.status === "ACTIVE" ? "green" : "red"}>{g.status.toLowerCase()}</Badge>
                  <Badge tone="indigo">{g.location}</Badge>
                  <span className="break-all text-xs text-muted">{g.zohoUserEmail ?? "unknown Zoho user"}</span>
                  <span className="font-mono text-xs text-muted">{g.refreshLast4 ? `••••${g.refreshLast4}` : "no refresh token"}</span>
                  <span className="text-xs text-muted">
                    <RelativeTime date={g.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
            {total > PREVIEW_SIZE && (
              <p className="text-sm text-muted">
                {`Showing the newest ${PREVIEW_SIZE} of ${total.toLocaleString("en")}. `}
                <Link href={listHref} className="text-indigo-700 underline dark:text-indigo-300">
                  See them all on the Grants page
                </Link>
                .
              </p>
            )}
          </>
        )}
      </section>
      {total > 0 && (
        <section aria-label="Actions" className="mb-8 grid grid-cols-1 gap-4 lg:grid-cols-3">
          {may.revoke && active > 0 && (
            <BulkRevokeForm action={startBulkRevokeAction.bind(null, slug)} filter={query} active={active} skipped={total - active} />
          )}
          {may.label && <BulkRelabelForm action={bulkRelabelAction.bind(null, slug)} filter={query} total={total} />}
          {may.key && active > 0 && (
            <BulkAddToKeyForm action={bulkAddToKeyAction.bind(null, slug)} filter={query} active={active} keys={keys} />
          )}
          {!may.revoke && !may.label && !may.key && (
            <p className="text-sm text-muted">Your role can see the selection but not act on it: ask an admin.</p>
          )}
        </section>
      )}
      <BulkRunList slug={slug} runs={runs} />
    </>
  );
}
