import Link from "next/link";
import { Badge } from "@/components/badge";
import { RelativeTime } from "@/components/relative-time";
import type { ApiCallRow } from "@/lib/api-calls/list-api-calls";
import { splitCalledUrl, type RunnerBase } from "@/lib/api-calls/runner-bases";

const tone = (status: number | null) =>
  status === null ? "red" : status < 300 ? "green" : status < 400 ? "indigo" : status < 500 ? "amber" : "red";

// Who sent what with the grant, when, and how Zoho answered: the request line and header names only
// (lib/api-calls/send-api-call.ts keeps no token, header value or body). "Run again" opens the runner
// with the same method, host, path and query; header values were never kept, so they are typed again.
export function ApiCallHistory({ rows, bases, runnerHref }: { rows: ApiCallRow[]; bases: RunnerBase[]; runnerHref: string | null }) {
  if (rows.length === 0)
    return <p className="mt-2 text-sm text-muted">No requests yet. Pick a template above and press Send to see what this grant can do.</p>;
  return (
    <ul className="mt-2 divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="api-call-history">
      {rows.map((row) => {
        const again = runnerHref && splitCalledUrl(row.url, bases);
        return (
          <li key={row.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2" data-testid="api-call">
            <Badge tone={tone(row.status)}>{row.status ?? "no answer"}</Badge>
            <span className="min-w-0 flex-1 font-mono text-xs break-all">
              {row.method} {row.url}
              {row.headerNames.length > 0 && <span className="text-muted"> · headers: {row.headerNames.join(", ")}</span>}
            </span>
            {row.errorCode && <span className="font-mono text-xs text-red-700 dark:text-red-400">{row.errorCode}</span>}
            <span className="text-xs text-muted">{row.durationMs} ms</span>
            <span className="text-xs text-muted">
              {row.actor} · <RelativeTime date={row.at} />
            </span>
            {again && (
              <Link
                className="text-xs text-indigo-700 underline dark:text-indigo-300"
                href={`${runnerHref}?${new URLSearchParams({ method: row.method, ...again })}`}
                aria-label={`Run again: ${row.method} ${again.path}`}
              >
                Run again
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
