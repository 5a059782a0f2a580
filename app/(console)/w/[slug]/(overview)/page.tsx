import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Card } from "@/components/card";
import { CallbacksChart } from "@/components/charts/callbacks-chart";
import { OrgWideBadge } from "@/components/grants/org-wide-badge";
import { ClientsByDcChart } from "@/components/charts/clients-by-dc-chart";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { AUDIT_LABELS, type AuditAction } from "@/lib/audit/audit-actions";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { loadOverview } from "@/lib/workspaces/load-overview";
import { failOnPurpose } from "@/lib/test-fault";
import { trySandboxClientAction } from "@/lib/sandbox/actions";
import { consoleCallbackUrl } from "@/lib/authorizations/console-callbacks";
import { sandboxEnabled } from "@/lib/sandbox/require-sandbox";
import { TrySandboxForm } from "./try-sandbox-form";
import { ReviewReminder } from "@/components/reviews/review-reminder";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "clients:read");
  await failOnPurpose(); // only when the tests ask (lib/test-fault.ts)
  const { workspace } = ctx;
  const o = await loadOverview(ctx);
  const base = `/w/${workspace.slug}`;
  const clients = o.clientsByDc.reduce((n, r) => n + r.count, 0);
  const callbacks = o.callbacksByOutcome.reduce((n, r) => n + r.count, 0);
  const failed = o.callbacksByOutcome.filter((r) => r.outcome !== "grant_created").reduce((n, r) => n + r.count, 0);
  // Each getting-started step only for those who may take it.
  const steps = [
    actorCan(ctx.actor, "clients:write") && {
      done: clients > 0,
      title: "Register a client",
      text: "Its Zoho client id, secret and redirect URIs.",
      href: `${base}/clients/new`,
    },
    actorCan(ctx.actor, "authorize") && {
      done: callbacks > 0 || (o.grants.ACTIVE ?? 0) > 0,
      title: "Authorize it",
      text: "Build the URL, consent at Zoho (or the sandbox), and the console receives the callback.",
      href: `${base}/authorize`,
    },
    {
      done: (o.grants.ACTIVE ?? 0) > 0,
      title: "Use the grant",
      text: "Your services get access tokens from the token API; the console refreshes them within Zoho's limits.",
      href: `${base}/grants`,
    },
  ].filter((step) => !!step);
  // The embedded default's shortcut: a demo client in the sandbox and here at once, for those who may
  // register clients, use the sandbox and authorize (the action checks again).
  const sandbox = sandboxEnabled();
  const canTry = sandbox && (["clients:write", "sandbox:write", "authorize"] as const).every((p) => actorCan(ctx.actor, p));
  const callbackUrl = canTry ? consoleCallbackUrl(await headers()) : "";
  const stats: [string, number, string, string?][] = [
    ["Active clients", clients, `${base}/clients`],
    ["Active grants", o.grants.ACTIVE ?? 0, `${base}/grants`],
    ["Invalid grants", o.grants.INVALID ?? 0, `${base}/grants`, (o.grants.INVALID ?? 0) > 0 ? "text-red-600 dark:text-red-400" : undefined],
    ["Callbacks, 24 h", callbacks, `${base}/callbacks?since=24h`],
    ["Failed callbacks, 24 h", failed, `${base}/callbacks?since=24h`, failed > 0 ? "text-amber-600 dark:text-amber-400" : undefined],
  ];
  return (
    <>
      <PageHeader title={workspace.name} description="Your Zoho OAuth clients, authorizations and grants at a glance." />
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map(([label, n, href, tone]) => (
          <Link key={label} href={href}>
            <Card className="hover:border-indigo-400">
              <p className="text-sm text-muted">{label}</p>
              <p className={`mt-1 text-3xl font-semibold ${tone ?? ""}`} data-testid="stat">
                {n}
              </p>
            </Card>
          </Link>
        ))}
      </div>
      <ReviewReminder ctx={ctx} />
      {steps.some((s) => !s.done) && (
        <>
          <h2 className="mt-10 text-lg font-semibold">Getting started</h2>
          {sandbox && (
            <section aria-labelledby="try-sandbox-heading" data-testid="try-sandbox" className="mt-3">
              <Card className="space-y-3">
                <div>
                  <h3 id="try-sandbox-heading" className="font-medium">
                    No Zoho account yet? Try it with the built-in sandbox
                  </h3>
                  <p className="mt-1 text-sm text-muted">
                    {canTry ? (
                      <>
                        One press registers a demo Server-based client in the sandbox&apos;s API console and here (redirect URI{" "}
                        <code className="font-mono break-all">{callbackUrl}</code>, its secret kept server-side) and opens the builder: then
                        press <b>Authorize</b> and <b>Accept</b>.
                      </>
                    ) : (
                      <>The sandbox stands in for Zoho&apos;s accounts servers. Registering its clients here takes an admin or owner.</>
                    )}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
                  {canTry && <TrySandboxForm action={trySandboxClientAction.bind(null, workspace.slug)} builder={`${base}/authorize`} />}
                  <Link
                    href={`/sandbox/console?workspace=${encodeURIComponent(workspace.slug)}`}
                    className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400"
                  >
                    Sandbox API console →
                  </Link>
                </div>
              </Card>
            </section>
          )}
          <ol className="mt-3 space-y-2">
            {steps.map((s, i) => (
              <li key={s.title}>
                <Link
                  href={s.href}
                  className="flex items-start gap-3 rounded-lg border border-zinc-200 bg-white p-4 hover:border-indigo-400 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <span
                    className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${s.done ? "bg-emerald-600 text-white" : "bg-zinc-200 dark:bg-zinc-700"}`}
                  >
                    {s.done ? "✓" : i + 1}
                  </span>
                  <span>
                    <span className="font-medium">{s.title}</span>
                    <span className="block text-sm text-muted">{s.text}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-sm font-semibold">Callbacks in the last 24 hours, by outcome</h2>
          {o.callbacksByOutcome.length ? (
            <CallbacksChart data={o.callbacksByOutcome} />
          ) : (
            <p className="mt-2 text-sm text-muted">None in the last 24 hours.</p>
          )}
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Clients by home data centre and environment</h2>
          {o.clientsByDc.length ? <ClientsByDcChart data={o.clientsByDc} /> : <p className="mt-2 text-sm text-muted">No clients yet.</p>}
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Near Zoho&apos;s refresh-token cap</h2>
          {o.nearCap.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No Zoho user is close to the cap of refresh tokens per client.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {o.nearCap.map((n) => (
                <li key={`${n.client}-${n.user}`} data-testid="near-cap">
                  <b>{n.user}</b> · {n.client}:{" "}
                  <span className="font-mono text-amber-600">
                    {n.count} / {n.limit}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {o.orgWideActive > 0 && (
            <p className="mt-1 text-xs text-muted" data-testid="org-wide-count">
              {o.orgWideActive} active org-wide {o.orgWideActive === 1 ? "grant is" : "grants are"} the organization&apos;s, not counted
              toward any user&apos;s cap.
            </p>
          )}
          <h2 className="mt-5 text-sm font-semibold">Near Zoho&apos;s access-token limit</h2>
          {o.nearBudget.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No grant has used most of its access tokens for the last 10 minutes.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {o.nearBudget.map((g) => (
                <li key={g.id}>
                  <Link className="text-indigo-600 dark:text-indigo-400" href={`${base}/grants/${g.id}`}>
                    {g.name}
                  </Link>
                  {g.orgWide && (
                    <>
                      {" "}
                      <OrgWideBadge />
                    </>
                  )}{" "}
                  · {g.user ?? "unknown user"}:{" "}
                  <span className="font-mono text-amber-600">
                    {g.used} / {g.limit}
                  </span>{" "}
                  in 10 min
                </li>
              ))}
            </ul>
          )}
          <h2 className="mt-5 text-sm font-semibold">Access tokens expiring in 10 minutes</h2>
          {o.expiringSoon.length === 0 ? (
            <p className="mt-2 text-sm text-muted">None: the token API refreshes on demand.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {o.expiringSoon.map((g) => (
                <li key={g.id}>
                  <Link className="text-indigo-600 dark:text-indigo-400" href={`${base}/grants/${g.id}`}>
                    {g.label || g.client.name}
                  </Link>
                  {g.orgWide && (
                    <>
                      {" "}
                      <OrgWideBadge />
                    </>
                  )}{" "}
                  · {g.zohoUserEmail ?? "unknown user"} · <RelativeTime date={g.accessExpiresAt!} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <div className="flex items-center justify-between">
            <h2 className="text-sm font-semibold">Recent activity</h2>
            <Link className="text-sm text-indigo-600 dark:text-indigo-400" href={`${base}/audit`}>
              Audit trail →
            </Link>
          </div>
          <ul className="mt-2 space-y-1 text-sm">
            {o.recentAudit.map((e) => (
              <li key={e.id} className="flex gap-2">
                <span className="flex-1">{AUDIT_LABELS[e.action as AuditAction] ?? e.action}</span>
                <span className="text-muted">{e.actor}</span>
                <span className="text-xs text-muted">
                  <RelativeTime date={e.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
