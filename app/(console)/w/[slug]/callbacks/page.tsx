import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { requireMember } from "@/lib/auth/require-member";
import { OUTCOME_DESCRIPTIONS, type Outcome } from "@/lib/callback/outcomes";
import { listCallbacks } from "@/lib/data/callbacks/list-callbacks";

export const metadata: Metadata = { title: "Callbacks" };

export default async function CallbacksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requireMember(slug, "callbacks:read");
  const callbacks = await listCallbacks(workspace.id);
  return (
    <>
      <PageHeader title="Callbacks" description="Every redirect Zoho sent to this console for this workspace, newest first, with what happened to it." />
      {callbacks.length === 0 ? (
        <EmptyState title="No callbacks yet" action={<Link className="text-sm font-medium text-indigo-600" href={`/w/${workspace.slug}/authorize`}>Start an authorization →</Link>}>
          When Zoho redirects back after an authorization, the callback shows up here with a diagnosis.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {callbacks.map((c) => {
            const d = OUTCOME_DESCRIPTIONS[c.outcome as Outcome] ?? OUTCOME_DESCRIPTIONS.received;
            return (
              <li key={c.id} data-testid="callback-row" data-outcome={c.outcome}>
                <Link href={`/oauth/result/${c.id}`} className="flex flex-wrap items-center gap-3 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
                  <Badge tone={d.tone}>{c.outcome.replaceAll("_", " ")}</Badge>
                  <span className="text-sm font-medium">{d.title}</span>
                  {c.error && <span className="font-mono text-xs text-zinc-500">{c.error}</span>}
                  {c.location && <Badge tone="indigo">{c.location}</Badge>}
                  {c.latencyMs != null && <span className="text-xs text-zinc-500">exchange {c.latencyMs} ms</span>}
                  <span className="ml-auto text-xs text-zinc-500"><RelativeTime date={c.receivedAt} /></span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
