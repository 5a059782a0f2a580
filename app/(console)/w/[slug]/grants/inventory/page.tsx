import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StaleDaysForm } from "@/components/grants/stale-days-form";
import { ZohoUserCards } from "@/components/grants/zoho-user-cards";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { updateStaleDaysAction } from "@/lib/grants/actions";
import { grantListHref } from "@/lib/grants/grant-list-filter";
import { loadGrantInventory } from "@/lib/grants/load-grant-inventory";

export const metadata: Metadata = { title: "Grant inventory" };

const link = "text-indigo-700 underline dark:text-indigo-300";

// The admin's questions, one click each: what is stale, who holds how many refresh tokens against Zoho's
// cap, which scopes are held, which API keys still name dead grants. Every number links to the filtered list.
export default async function GrantInventoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "grants:read");
  const { settings, stale, active, zohoUsers, scopes, deadReferences } = await loadGrantInventory(ctx);
  const list = `/w/${slug}/grants`;
  const maxScope = Math.max(1, ...scopes.map((s) => s.grants));
  const userGrants = (u: { email: string | null; zohoUserId: string }) =>
    grantListHref(list, { user: u.email ?? u.zohoUserId, status: "ACTIVE" });
  return (
    <>
      <PageHeader
        title="Grant inventory"
        description="What the workspace's grants look like from above: unused ones, who holds them, which scopes they carry, and what still points at dead ones."
      />
      <p className="mb-6 text-sm">
        <Link href={list} className={link}>
          ← All grants
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-sm font-semibold">Stale grants</h2>
          <p className="mt-2 text-sm" data-testid="stale-count">
            <Link href={grantListHref(list, { status: "ACTIVE", idle: settings.staleGrantDays, sort: "used" })} className={link}>
              {`${stale.toLocaleString("en")} of ${active.toLocaleString("en")} active ${active === 1 ? "grant" : "grants"}`}
            </Link>{" "}
            {`served no access token (and were not created) in the last ${settings.staleGrantDays} days.`}
          </p>
          <p className="mt-1 text-xs text-muted">
            Uses count from the token API, the console&apos;s Refresh now and the request runner, since last-used tracking began.
          </p>
          {actorCan(ctx.actor, "workspace:manage") && (
            <StaleDaysForm action={updateStaleDaysAction.bind(null, slug)} days={settings.staleGrantDays} />
          )}
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">API keys naming grants that no longer work</h2>
          {deadReferences.length === 0 ? (
            <p className="mt-2 text-sm text-muted" data-testid="dead-references-none">
              None: every grant a live API key names is active.
            </p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm" data-testid="dead-references">
              {deadReferences.map((r) => (
                <li key={`${r.keyId} ${r.grantId}`} className="min-w-0 break-words">
                  <span className="font-medium">{r.keyName}</span> names{" "}
                  {r.grant ? (
                    <>
                      <Link href={`${list}/${r.grantId}`} className={link}>
                        {r.grant.label}
                      </Link>{" "}
                      <Badge tone="red">{r.grant.status.toLowerCase()}</Badge>
                    </>
                  ) : (
                    <span className="font-mono text-xs">a deleted grant ({r.grantId})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-xs text-muted">
            Edit the key&apos;s grants in{" "}
            <Link href={`/w/${slug}/settings/api-keys`} className={link}>
              API keys
            </Link>
            .
          </p>
        </Card>
      </div>
      <section className="mt-6" aria-labelledby="scopes-heading">
        <h2 id="scopes-heading" className="mb-2 text-base font-semibold">
          Scopes held by active grants
        </h2>
        {scopes.length === 0 ? (
          <EmptyState title="No active grants">Scopes show here once a client is authorized.</EmptyState>
        ) : (
          <Card>
            <ul className="space-y-2" data-testid="scope-inventory">
              {scopes.map((s) => (
                <li key={s.scope} className="grid grid-cols-1 items-center gap-1 text-sm sm:grid-cols-[minmax(0,18rem)_1fr_4rem] sm:gap-3">
                  <Link
                    href={grantListHref(list, { scope: s.scope, status: "ACTIVE" })}
                    className={`${link} min-w-0 break-all font-mono text-xs`}
                  >
                    {s.scope}
                  </Link>
                  <div className="h-2 rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
                    <div className="h-2 rounded bg-indigo-500" style={{ width: `${(s.grants / maxScope) * 100}%` }} />
                  </div>
                  <span className="font-mono text-xs sm:text-right" data-testid="scope-count">
                    {s.grants.toLocaleString("en")}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </section>
      <section className="mt-6" aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-1 text-base font-semibold">
          Refresh tokens per Zoho user
        </h2>
        <p className="mb-2 text-sm text-muted">
          Zoho keeps at most {settings.limitRefreshTokensPerUser} refresh tokens per user per client and silently evicts the oldest past
          that. Active personal grants only (org-wide grants don&apos;t count), each user&apos;s clients with the most first.{" "}
          {zohoUsers.count > zohoUsers.top.length && `The ${zohoUsers.top.length} users with the most of ${zohoUsers.count}.`}
        </p>
        {zohoUsers.top.length === 0 ? (
          <EmptyState title="No Zoho users known yet">
            Add AaaServer.profile.READ to a client&apos;s scopes so the console learns who granted each refresh token.
          </EmptyState>
        ) : (
          <ZohoUserCards
            users={zohoUsers.top.map((u) => ({ ...u, href: userGrants(u) }))}
            limit={settings.limitRefreshTokensPerUser}
            warnAt={settings.warnRefreshTokensPerUser}
          />
        )}
      </section>
    </>
  );
}
