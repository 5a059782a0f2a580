import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { deleteEndpointAction, redeliverAction, sendTestEventAction, setEndpointEnabledAction } from "@/lib/webhooks/actions";
import { DELIVERY_TONE } from "../delivery-tone";
import { DeleteEndpointButton } from "./delete-endpoint-button";
import { loadEndpoint } from "./load-endpoint";

export const metadata: Metadata = { title: "Webhook endpoint" };

export default async function EndpointPage({ params }: { params: Promise<{ slug: string; endpointId: string }> }) {
  const { slug, endpointId } = await params;
  const { ctx, endpoint } = await loadEndpoint(slug, endpointId);
  const ws = ctx.workspace.slug;
  return (
    <>
      <PageHeader
        title="Webhook endpoint"
        description={endpoint.url}
        actions={
          <Link
            href={`/w/${ws}/settings/webhooks`}
            className="text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            All endpoints
          </Link>
        }
      />
      <div className="space-y-6">
        <Card>
          <div className="flex flex-wrap items-center gap-2">
            {endpoint.enabled ? (
              <Badge tone={endpoint.failingSince ? "amber" : "green"}>{endpoint.failingSince ? "failing" : "enabled"}</Badge>
            ) : (
              <Badge tone="red">disabled</Badge>
            )}
            <span className="text-sm text-muted">
              {endpoint.events.join(", ")} · added <RelativeTime date={endpoint.createdAt} />
            </span>
          </div>
          {endpoint.failingSince && endpoint.enabled && (
            <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">
              Every delivery has failed since <RelativeTime date={endpoint.failingSince} />; after 3 days the endpoint is disabled.
            </p>
          )}
          {!endpoint.enabled && endpoint.disabledReason && (
            <p className="mt-2 text-sm text-red-700 dark:text-red-400" data-testid="webhook-disabled-reason">
              {endpoint.disabledReason}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <ActionButton
              name="send-test-webhook"
              action={sendTestEventAction.bind(null, ws, endpoint.id)}
              label="Send test event"
              pendingText="Queuing…"
              variant="primary"
            />
            <ActionButton
              name={endpoint.enabled ? "disable-webhook-endpoint" : "enable-webhook-endpoint"}
              action={setEndpointEnabledAction.bind(null, ws, endpoint.id, endpoint.enabled ? "false" : "true")}
              label={endpoint.enabled ? "Disable" : "Enable"}
              pendingText={endpoint.enabled ? "Disabling…" : "Enabling…"}
            />
            <DeleteEndpointButton action={deleteEndpointAction.bind(null, ws, endpoint.id)} listUrl={`/w/${ws}/settings/webhooks`} />
          </div>
        </Card>
        <section aria-labelledby="delivery-log">
          <h2 id="delivery-log" className="mb-2 text-sm font-semibold">
            Delivery log
          </h2>
          {endpoint.deliveries.length === 0 ? (
            <EmptyState title="Nothing sent yet">
              Events this endpoint subscribes to show here, with every attempt. Try “Send test event”.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {endpoint.deliveries.map((d) => (
                <li key={d.id} data-testid="webhook-delivery" data-msg-id={d.msgId} data-status={d.status}>
                  <Card>
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <code className="font-mono text-xs">{d.eventType}</code>
                      <Badge tone={DELIVERY_TONE[d.status]}>{d.status.toLowerCase()}</Badge>
                      <span className="text-xs text-muted">
                        <RelativeTime date={d.createdAt} /> · {`${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`}
                        {d.status === "PENDING" && d.attempts > 0 && (
                          <>
                            {" "}
                            · next <RelativeTime date={d.nextAttemptAt} />
                          </>
                        )}
                      </span>
                      <code className="font-mono text-xs break-all text-muted">{d.msgId}</code>
                      {d.status !== "PENDING" && endpoint.enabled && (
                        <span className="ml-auto">
                          <ActionButton
                            name="redeliver-webhook"
                            action={redeliverAction.bind(null, ws, endpoint.id, d.id)}
                            label="Redeliver"
                            pendingText="Queuing…"
                          />
                        </span>
                      )}
                    </div>
                    {d.attemptLog.length > 0 && (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-xs text-muted">Attempts</summary>
                        <ol className="mt-2 space-y-2">
                          {d.attemptLog.map((a) => (
                            <li key={a.id} className="text-xs" data-testid="webhook-attempt">
                              <RelativeTime date={a.at} /> · {a.status === null ? "no answer" : `HTTP ${a.status}`} · {a.latencyMs} ms
                              {a.error && <span className="block text-red-700 dark:text-red-400">{a.error}</span>}
                              {a.responseSnippet && (
                                <pre className="mt-1 max-h-32 overflow-auto rounded bg-zinc-100 p-2 font-mono whitespace-pre-wrap break-all dark:bg-zinc-800">
                                  {a.responseSnippet}
                                </pre>
                              )}
                            </li>
                          ))}
                        </ol>
                      </details>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
