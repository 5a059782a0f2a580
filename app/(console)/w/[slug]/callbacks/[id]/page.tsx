import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { describeOutcome } from "@/lib/callbacks/describe-outcome";
import { getCodeLifetime } from "@/lib/workspaces/get-code-lifetime";
import { loadCallback } from "./load-callback";

export const metadata: Metadata = { title: "Callback" };

// One callback in full: what arrived, which authorization it matched, what was sent to Zoho and what
// Zoho answered (codes, secrets and tokens redacted), and the diagnosis with its fix.
export default async function CallbackPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { ctx, event, request, client } = await loadCallback(slug, id);
  const { workspace } = ctx;
  const codeLifetime = await getCodeLifetime(workspace.id);
  const d = describeOutcome(event.outcome, codeLifetime);
  const sent =
    event.exchange && client
      ? {
          url: `${event.accountsServer}/oauth/v2/token`,
          grant_type: "authorization_code",
          client_id: client.zohoClientId,
          client_secret: "[redacted]",
          code: "[redacted]",
          ...(request && { redirect_uri: request.redirectUri }),
          ...(request?.pkce && { code_verifier: "[redacted]" }),
        }
      : null;
  return (
    <>
      <PageHeader
        title={d.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={d.tone}>{event.outcome.replaceAll("_", " ")}</Badge> received <RelativeTime date={event.receivedAt} />
            {client && (
              <>
                {" "}
                ·{" "}
                <Link
                  className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
                  href={`/w/${workspace.slug}/clients/${client.id}`}
                >
                  {client.name}
                </Link>
              </>
            )}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-2 lg:col-span-2">
          <h2 className="text-sm font-semibold">Diagnosis</h2>
          <p className="text-sm" data-testid="callback-explanation">
            {d.explanation}
          </p>
          {event.diagnosis && event.diagnosis !== d.explanation && (
            <p className="text-sm" data-testid="callback-diagnosis">
              {event.diagnosis}
            </p>
          )}
          <p className="text-sm">
            <b>Fix:</b> {d.fix}
          </p>
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">What arrived (codes redacted)</h2>
          <Pairs data={event.params as Record<string, string>} />
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Matched authorization</h2>
          {request ? (
            <Pairs
              data={{
                started: (
                  <>
                    <RelativeTime date={request.createdAt} />{" "}
                    <span className="text-muted">({request.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC)</span>
                  </>
                ),
                "start DC": request.dc,
                redirect_uri: request.redirectUri,
                scope: request.scopes.join(","),
                access_type: request.accessType,
                prompt: request.prompt ?? "—",
                "org-wide": String(request.orgWide),
                PKCE: request.pkce ? "S256" : "no",
              }}
            />
          ) : (
            <p className="mt-2 text-sm text-muted">
              None:{" "}
              {event.outcome === "unknown_state" || event.outcome === "missing_state"
                ? event.workspaceId
                  ? "the state matched nothing this console started."
                  : "the state matched nothing this console started, so this callback reached no workspace (shown to admins only)."
                : "this callback came through the client's own callback path."}
            </p>
          )}
        </Card>
        {sent && (
          <Card>
            <h2 className="text-sm font-semibold">Exchange request</h2>
            <Pairs data={sent} />
          </Card>
        )}
        {event.exchange != null && (
          <Card>
            <h2 className="text-sm font-semibold">Zoho&apos;s answer{event.latencyMs != null && ` (${event.latencyMs} ms)`}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-zinc-100 p-3 text-xs dark:bg-zinc-950">
              {JSON.stringify(event.exchange, null, 2)}
            </pre>
          </Card>
        )}
      </div>
    </>
  );
}

function Pairs({ data }: { data: Record<string, React.ReactNode> }) {
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-mono text-xs">
      {Object.entries(data).map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd className="break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
