import Link from "next/link";
import { Badge } from "@/components/badge";
import { RelativeTime } from "@/components/relative-time";
import type { LoadedBulkRun } from "@/lib/grants/bulk/load-bulk-run";

const TONE = { DONE: "green", FAILED: "red", PENDING: "amber", SKIPPED: "zinc" } as const;
const WORD = { DONE: "done", FAILED: "failed", PENDING: "waiting", SKIPPED: "skipped" } as const;

// Each grant's result in a run: state, attempts and what happened in plain words.
export function BulkRunItems({ slug, items }: { slug: string; items: LoadedBulkRun["items"] }) {
  return (
    <ul
      aria-label="Grants of this run"
      className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {items.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" data-testid="bulk-item" data-state={i.state}>
          <Badge tone={TONE[i.state]}>{WORD[i.state]}</Badge>
          {i.grant ? (
            <Link href={`/w/${slug}/grants/${i.grant.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              {i.grant.label || i.grant.client.name}
            </Link>
          ) : (
            <span className="text-muted">a deleted grant</span>
          )}
          {i.grant?.zohoUserEmail && <span className="break-all text-xs text-muted">{i.grant.zohoUserEmail}</span>}
          <span className="min-w-0 flex-1 basis-64 text-xs">{i.message}</span>
          {i.attempts > 1 && <span className="text-xs text-muted">{`${i.attempts} attempts`}</span>}
          <span className="text-xs text-muted">
            <RelativeTime date={i.updatedAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}
