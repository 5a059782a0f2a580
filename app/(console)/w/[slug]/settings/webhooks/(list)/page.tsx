import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { roles, stack } from "@/components/stack-table";
import { memberContext } from "@/lib/auth/member-context";
import { env } from "@/lib/config/env";
import { createEndpointAction } from "@/lib/webhooks/actions";
import { listEndpoints } from "@/lib/webhooks/list-endpoints";
import { EndpointForm } from "../endpoint-form";
import { DELIVERY_TONE } from "../delivery-tone";

export const metadata: Metadata = { title: "Webhooks" };

const COLUMNS = ["Endpoint", "Events", "Status", "Last delivery"];

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "webhooks:manage");
  const endpoints = await listEndpoints(ctx);
  const base = `/w/${ctx.workspace.slug}/settings/webhooks`;
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Tell your systems when a grant dies: the console POSTs a signed JSON event (Standard Webhooks) to each endpoint that subscribes to it, and retries for a day."
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {endpoints.length === 0 ? (
          <EmptyState title="No webhook endpoints yet">
            Add the URL of a receiver of yours and pick the events it wants. Each request carries webhook-id, webhook-timestamp and
            webhook-signature headers; verify them with the signing secret shown once when you add the endpoint.
          </EmptyState>
        ) : (
          <div className="self-start rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
            <table className={stack.table} {...roles.table} aria-label="Webhook endpoints">
              <thead
                className={`border-b border-zinc-200 text-xs uppercase text-muted dark:border-zinc-800 ${stack.thead}`}
                {...roles.rowgroup}
              >
                <tr {...roles.row}>
                  {COLUMNS.map((t) => (
                    <th key={t} scope="col" className="px-3 py-2 font-medium" {...roles.columnheader}>
                      {t}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={stack.tbody} {...roles.rowgroup}>
                {endpoints.map((e) => {
                  const last = e.deliveries[0];
                  return (
                    <tr
                      key={e.id}
                      className={`border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800 ${stack.row}`}
                      data-testid="webhook-endpoint-row"
                      {...roles.row}
                    >
                      <td className={`break-all font-mono text-xs ${stack.cell}`} {...roles.cell}>
                        <Link href={`${base}/${e.id}`} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
                          {e.url}
                        </Link>
                      </td>
                      <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[1]} {...roles.cell}>
                        {e.events.join(", ")}
                      </td>
                      <td className={stack.cell} data-label={COLUMNS[2]} {...roles.cell}>
                        {e.enabled ? (
                          <Badge tone={e.failingSince ? "amber" : "green"}>{e.failingSince ? "failing" : "enabled"}</Badge>
                        ) : (
                          <Badge tone="red">disabled</Badge>
                        )}
                      </td>
                      <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[3]} {...roles.cell}>
                        {last ? (
                          <>
                            <Badge tone={DELIVERY_TONE[last.status]}>{last.status.toLowerCase()}</Badge>{" "}
                            <RelativeTime date={last.createdAt} />
                          </>
                        ) : (
                          <span className="text-muted">none yet</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <EndpointForm action={createEndpointAction.bind(null, ctx.workspace.slug)} sandbox={env().sandboxEnabled} />
      </div>
    </>
  );
}
