import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { Budget } from "@/components/budget";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { NameForm } from "@/components/name-form";
import { buttonClass } from "@/components/button-class";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { OrgGrantNote } from "@/components/grants/org-grant-note";
import { OrgWideBadge } from "@/components/grants/org-wide-badge";
import { ApiRunnerSection } from "@/components/api-calls/api-runner-section";
import { ProductHostsCard } from "@/components/grants/product-hosts-card";
import { actorCan } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { userEmails } from "@/lib/members/user-emails";
import { refreshGrantAction, relabelGrantAction, revokeGrantAction } from "@/lib/grants/actions";
import { grantProductHosts } from "@/lib/zoho/product-hosts";
import { loadGrant } from "./load-grant";

export const metadata: Metadata = { title: "Grant" };

// Label and value side by side from `sm`, stacked on a phone; values (ids, URLs, emails) wrap in their column.
const DETAILS = "grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0";

export default async function GrantPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { ctx, grant, recentRefreshes, siblings, history, uses } = await loadGrant(slug, id);
  const { workspace } = ctx;
  const can = (permission: Permission) => actorCan(ctx.actor, permission);
  const creator = (await userEmails([grant.createdById])).get(grant.createdById);
  const active = grant.status === "ACTIVE";
  // A Self Client's client_credentials grant: no user and no refresh token; renewed the same way.
  const org = grant.flow === "client_credentials";
  return (
    <>
      <PageHeader
        title={grant.label || `${grant.client.name} · ${grant.zohoUserEmail ?? "unknown user"}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EnvironmentBadge environment={grant.client.environment} />
            <Badge tone={active ? "green" : "red"}>{grant.status.toLowerCase()}</Badge>
            <Badge tone="indigo">{grant.location}</Badge>
            {grant.orgWide && <OrgWideBadge />}
            <span>
              created <RelativeTime date={grant.createdAt} /> by {creator ?? "a former member"}
            </span>
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {can("audit:read") && (
              <Link className={buttonClass("secondary")} href={`/w/${workspace.slug}/audit?target=${grant.id}`}>
                Audit history
              </Link>
            )}
            {active && can("grants:refresh") && (
              <ActionButton
                name="refresh-grant"
                action={refreshGrantAction.bind(null, workspace.slug, grant.id)}
                label="Refresh now"
                pendingText="Refreshing…"
                variant="primary"
              />
            )}
            {active && can("grants:revoke") && (
              <ActionButton
                name="revoke-grant"
                action={revokeGrantAction.bind(null, workspace.slug, grant.id)}
                label="Revoke"
                pendingText="Revoking at Zoho…"
                variant="danger"
                confirmText="Revoke this grant at Zoho? Services using it stop working."
              />
            )}
          </div>
        }
      />
      {grant.invalidReason && (
        <p
          className="mb-6 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/40"
          role="alert"
          data-testid="invalid-reason"
        >
          {grant.invalidReason}
        </p>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <dl className={DETAILS}>
            <dt className="text-muted">Grant id</dt>
            <dd className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
              <span className="min-w-0 font-mono break-all">{grant.id}</span>
              <CopyButton value={grant.id} label="Copy grant id" />
            </dd>
            <dt className="text-muted">Client</dt>
            <dd>
              <Link className="text-indigo-600 dark:text-indigo-400" href={`/w/${workspace.slug}/clients/${grant.client.id}`}>
                {grant.client.name}
              </Link>
            </dd>
            {org ? (
              <>
                <dt className="text-muted">Organization</dt>
                <dd data-testid="grant-soid">
                  {grant.soid ? (
                    <span className="font-mono text-xs break-all">soid {grant.soid}</span>
                  ) : (
                    "no soid: this Zoho app needs none (only apps with several organizations do)"
                  )}
                </dd>
              </>
            ) : (
              <>
                <dt className="text-muted">{grant.orgWide ? "Consented by" : "Zoho user"}</dt>
                <dd className="break-words">
                  {grant.zohoUserEmail ?? "unknown (needs AaaServer.profile.READ, or openid with email)"}
                  {grant.orgWide && " — for the whole organization"}
                </dd>
              </>
            )}
            <dt className="text-muted">Accounts server</dt>
            <dd className="font-mono text-xs break-all">{grant.accountsServer}</dd>
            <dt className="text-muted">API domain</dt>
            <dd className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
              <span className="min-w-0 font-mono break-all">{grant.apiDomain}</span>
              <CopyButton value={grant.apiDomain} label="Copy API domain" />
            </dd>
            <dt className="text-muted">Scopes</dt>
            <dd className="flex min-w-0 flex-wrap gap-1 break-all">
              {grant.scopes.map((s) => (
                <Badge key={s}>{s}</Badge>
              ))}
            </dd>
            <dt className="text-muted">Refresh token</dt>
            <dd className="font-mono text-xs">
              {grant.refreshLast4 ? `••••${grant.refreshLast4}` : org ? "none: renewed with client_credentials" : "none (online access)"}
            </dd>
            <dt className="text-muted">Access token</dt>
            <dd data-testid="access-expiry">
              {grant.accessExpiresAt ? (
                <>
                  expires <RelativeTime date={grant.accessExpiresAt} />
                </>
              ) : (
                "none cached"
              )}
            </dd>
            <dt className="text-muted">Last refresh</dt>
            <dd>{grant.lastRefreshAt ? <RelativeTime date={grant.lastRefreshAt} /> : "never"}</dd>
            <dt className="text-muted">Last used</dt>
            <dd data-testid="grant-uses">
              {uses.length === 0 ? (
                <span title="Since last-used tracking began: no access token served through the token API, the console or the runner">
                  never
                </span>
              ) : (
                <ul className="space-y-0.5">
                  {uses.map((u) => (
                    <li key={u.source}>
                      <RelativeTime date={u.lastUsedAt} /> <span className="text-muted">{`via ${u.via}`}</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {grant.revokedAt && (
              <>
                <dt className="text-muted">Revoked</dt>
                <dd>
                  <RelativeTime date={grant.revokedAt} />
                </dd>
              </>
            )}
          </dl>
        </Card>
        <div className="min-w-0 space-y-6">
          {grant.orgWide && <OrgGrantNote consentedBy={grant.zohoUserEmail} />}
          <Card className="space-y-4">
            <h2 className="text-sm font-semibold">Zoho&apos;s limits</h2>
            <Budget
              label="Access tokens in the last 10 minutes"
              used={recentRefreshes}
              limit={grant.workspace.limitAccessTokensPerWindow}
              warnAt={grant.workspace.limitAccessTokensPerWindow - 2}
              hint="Beyond this Zoho answers “too many requests”; the console then serves the cached token."
            />
            {siblings !== null && (
              <Budget
                label="Active refresh tokens of this Zoho user for this client"
                used={siblings}
                limit={grant.workspace.limitRefreshTokensPerUser}
                warnAt={grant.workspace.warnRefreshTokensPerUser}
                hint="The next one past the cap silently deletes the OLDEST at Zoho, which then fails with invalid_code."
              />
            )}
            <p className="text-xs text-muted" data-testid="active-token-cap">
              Zoho keeps at most {grant.workspace.limitActiveAccessTokens} access tokens per refresh token; asking for more evicts the
              oldest, which Zoho&apos;s APIs then refuse (INVALID_OAUTHTOKEN) — reuse the token API&apos;s cached token instead of
              refreshing per service.
            </p>
          </Card>
          <ProductHostsCard
            hosts={grantProductHosts({ ...grant, provider: grant.client.provider })}
            sandbox={grant.client.provider === "SANDBOX"}
          />
          {can("grants:label") && (
            <Card>
              <h2 className="text-sm font-semibold">Label</h2>
              <NameForm
                name="relabel-grant"
                field="label"
                action={relabelGrantAction.bind(null, workspace.slug, grant.id)}
                label="Shown in lists as"
                submit="Save label"
                pending="Saving…"
                defaultValue={grant.label}
              />
            </Card>
          )}
          <Card>
            <h2 className="text-sm font-semibold">Recent refreshes</h2>
            {history.length === 0 ? (
              <p className="mt-2 text-sm text-muted">None yet. Services refresh through the token API; “Refresh now” forces one.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm" data-testid="refresh-history">
                {history.map((h) => (
                  <li key={h.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="min-w-0 break-all">
                      <Badge tone={h.ok ? "green" : "red"}>{h.ok ? "ok" : h.error}</Badge>
                    </span>
                    <span className="text-muted">{h.trigger.startsWith("api:") ? "token API" : h.trigger}</span>
                    {h.latencyMs != null && <span className="text-xs text-muted">{h.latencyMs} ms</span>}
                    <span className="ml-auto text-xs text-muted">
                      <RelativeTime date={h.at} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
      <div className="mt-6 space-y-6">
        <ApiRunnerSection ctx={ctx} grant={grant} historySize={5} ownPage={false} />
      </div>
    </>
  );
}
