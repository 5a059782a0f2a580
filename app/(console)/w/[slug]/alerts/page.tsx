import type { Metadata } from "next";
import Link from "next/link";
import { AlertItem } from "@/components/alert-item";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { markAlertsReadAction } from "@/lib/alerts/actions";
import { listAlertPage, parseAlertCursor } from "@/lib/alerts/list-alert-page";
import { memberContext } from "@/lib/auth/member-context";
import { MarkReadForm } from "./mark-read-form";

export const metadata: Metadata = { title: "Alerts" };

// Every alert the workspace raised, newest first, 50 a page: what the bell shows, all of it.
export default async function AlertsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "alerts:read");
  const before = parseAlertCursor((await searchParams).before);
  const { alerts, next, unread } = await listAlertPage(ctx, { before });
  const base = `/w/${ctx.workspace.slug}`;
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Everything the console noticed that could break an integration: grants revoked, invalidated by Zoho or failing to refresh, and more. Each links to the page that explains it."
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {alerts.length > 0 && (
              <MarkReadForm
                action={markAlertsReadAction.bind(null, ctx.workspace.slug, before ? "" : (alerts[0]?.id ?? ""))}
                unread={unread}
              />
            )}
            <Link href={`${base}/settings/notifications`} className={buttonClass("secondary")}>
              Email me alerts
            </Link>
          </div>
        }
      />
      {alerts.length === 0 ? (
        before ? (
          <EmptyState title="No older alerts">
            <Link href={`${base}/alerts`} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
              Back to the newest
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No alerts yet">
            When a grant is revoked, invalidated by Zoho or fails to refresh (and the other events webhooks can subscribe to), it is listed
            here and the bell in the header counts it until you mark it read.
          </EmptyState>
        )
      ) : (
        <div className="rounded-lg border border-zinc-200 bg-white p-1 dark:border-zinc-800 dark:bg-zinc-900">
          <ul aria-label="Alerts, newest first">
            {alerts.map((alert) => (
              <li key={alert.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                <AlertItem alert={alert} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label="Alert pages" className="mt-4 flex flex-wrap gap-3 text-sm">
        {before && (
          <Link href={`${base}/alerts`} className={buttonClass("secondary")}>
            Newest alerts
          </Link>
        )}
        {next && (
          <Link href={`${base}/alerts?before=${next}`} className={buttonClass("secondary")}>
            Older alerts
          </Link>
        )}
      </nav>
    </>
  );
}
