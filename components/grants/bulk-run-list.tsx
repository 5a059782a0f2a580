import Link from "next/link";
import { Badge } from "@/components/badge";
import { RelativeTime } from "@/components/relative-time";

export const BULK_KIND_WORDS = { REVOKE: "Revoke", RELABEL: "Relabel", ADD_TO_KEY: "Add to API key" } as const;

// The latest bulk runs, so a run whose page was closed is one click away.
export function BulkRunList({
  slug,
  runs,
}: {
  slug: string;
  runs: { id: string; kind: keyof typeof BULK_KIND_WORDS; total: number; createdAt: Date; finishedAt: Date | null }[];
}) {
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="bulk-runs-title" className="space-y-2">
      <h2 id="bulk-runs-title" className="text-lg font-semibold">
        Recent bulk runs
      </h2>
      <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {runs.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
            <Link href={`/w/${slug}/grants/bulk/${r.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              {BULK_KIND_WORDS[r.kind]} · {r.total.toLocaleString("en")} grants
            </Link>
            <Badge tone={r.finishedAt ? "green" : "amber"}>{r.finishedAt ? "finished" : "not finished"}</Badge>
            <span className="text-xs text-muted">
              <RelativeTime date={r.createdAt} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
