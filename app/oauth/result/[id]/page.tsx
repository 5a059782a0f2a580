import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { RelativeTime } from "@/components/relative-time";
import { buttonClass } from "@/components/button-class";
import { currentSession } from "@/lib/auth/require-member";
import { describeOutcome } from "@/lib/callbacks/describe-outcome";
import { getCallbackForViewer } from "@/lib/callbacks/get-callback-for-viewer";

export const metadata: Metadata = { title: "Authorization result" };
export const dynamic = "force-dynamic";

export default async function ResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await currentSession();
  const found = await getCallbackForViewer({ userId: session?.user?.id ?? null }, { id });
  if (!found) notFound();
  const { event, member, client } = found;
  if (!member) {
    // Anyone may land here (the end of a browser's redirect): whether it worked, and nothing else —
    // no client, workspace, parameter or error an outsider could read or write into the URL.
    const ok = event.outcome === "grant_created";
    const signedIn = !!session?.user?.id;
    return (
      <main className="mx-auto max-w-md p-6 py-16 text-center">
        <h1 className="text-xl font-semibold" data-testid="result-title">
          {ok ? "Authorization complete" : "Authorization not completed"}
        </h1>
        <p className="mt-2 text-sm text-muted">{ok ? "You can close this window." : "Please go back to the application and try again."}</p>
        {!signedIn && (
          <p className="mt-6 text-sm">
            Started this from the console?{" "}
            <Link
              data-testid="result-sign-in"
              href={`/sign-in?next=${encodeURIComponent(`/oauth/result/${id}`)}`}
              className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              Sign in to see the details
            </Link>
          </p>
        )}
      </main>
    );
  }
  const d = describeOutcome(event.outcome, event.workspace?.limitCodeLifetimeSeconds);
  const base = event.workspace ? `/w/${event.workspace.slug}` : null;
  return (
    <main className="mx-auto max-w-2xl space-y-6 p-6 py-12">
      <p className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">Zoho OAuth Console</p>
      <Card>
        <div className="flex items-center gap-2" data-testid="result-outcome" data-outcome={event.outcome}>
          <Badge tone={d.tone}>{event.outcome.replaceAll("_", " ")}</Badge>
          <span className="text-xs text-muted">
            received <RelativeTime date={event.receivedAt} />
          </span>
        </div>
        <h1 className="mt-3 text-2xl font-semibold" data-testid="result-title">
          {d.title}
        </h1>
        {client && base && (
          <p className="mt-1 text-sm" data-testid="result-client">
            Client:{" "}
            <Link
              href={`${base}/clients/${client.id}`}
              className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              {client.name}
            </Link>
            {event.workspace && <span className="text-muted"> · workspace {event.workspace.name}</span>}
          </p>
        )}
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{d.explanation}</p>
        {event.diagnosis && event.diagnosis !== d.explanation && (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-testid="result-diagnosis">
            {event.diagnosis}
          </p>
        )}
        <p className="mt-3 text-sm">
          <span className="font-medium">What to do: </span>
          {d.fix}
        </p>
        {event.error && <p className="mt-3 font-mono text-xs">error: {event.error}</p>}
        <div className="mt-5 flex flex-wrap gap-2">
          {base && event.outcome === "grant_created" && event.grantId && (
            <Link className={buttonClass()} href={`${base}/grants/${event.grantId}`} data-testid="result-see-grant">
              See the grant
            </Link>
          )}
          {base && (
            <Link
              className={buttonClass(event.outcome === "grant_created" ? "secondary" : "primary")}
              href={`${base}/authorize${event.clientId ? `?client=${event.clientId}` : ""}`}
            >
              Authorize again
            </Link>
          )}
          {base && (
            <Link className={buttonClass("secondary")} href={`${base}/callbacks`}>
              All callbacks
            </Link>
          )}
          {!base && (
            <Link className={buttonClass("secondary")} href="/">
              Go to the console
            </Link>
          )}
        </div>
      </Card>
      <Card>
        <h2 className="text-sm font-semibold">What Zoho sent (codes redacted)</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-mono text-xs">
          {Object.entries(event.params as Record<string, string>).map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-muted">{k}</dt>
              <dd className="break-all">{v}</dd>
            </div>
          ))}
        </dl>
        {event.exchange != null && (
          <>
            <h2 className="mt-5 text-sm font-semibold">Token exchange{event.latencyMs != null && ` (${event.latencyMs} ms)`}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-zinc-100 p-3 text-xs dark:bg-zinc-950">
              {JSON.stringify(event.exchange, null, 2)}
            </pre>
          </>
        )}
      </Card>
    </main>
  );
}
