import Link from "next/link";
import { RelativeTime } from "@/components/relative-time";
import type { StaleAuthorization } from "@/lib/authorizations/list-stale-authorizations";

// Authorizations started here that never came back: the first place to look when "nothing happened".
export function StaleAuthorizations({
  rows,
  minutes,
  authorizeBase,
}: {
  rows: StaleAuthorization[];
  minutes: number;
  authorizeBase: string;
}) {
  if (rows.length === 0) return null;
  return (
    <section
      aria-labelledby="stale-title"
      data-testid="stale-authorizations"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40"
    >
      <h2 id="stale-title" className="text-sm font-semibold">
        {minutes === 0 ? "Started, no callback yet" : `Started, but no callback after ${minutes} minutes`} ({rows.length})
      </h2>
      <p className="mt-1 text-sm">
        These authorizations of the last 24 hours never came back to the console: not even a refused callback. The likely causes, most
        likely first:
      </p>
      <ul className="mt-3 space-y-3">
        {rows.map((r) => (
          <li
            key={r.id}
            data-testid="stale-authorization"
            data-dc={r.dc}
            data-created={r.createdAt.toISOString()}
            className="rounded-md border border-amber-200 bg-white p-3 text-sm dark:border-amber-900 dark:bg-zinc-900"
          >
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{r.clientName}</span>
              <span className="text-muted">
                started by <span className="break-all">{r.startedBy}</span> <RelativeTime date={r.createdAt} /> at {r.dc}
              </span>
              <Link
                href={`${authorizeBase}?client=${r.clientId}`}
                className="ml-auto inline-flex min-h-6 items-center font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
              >
                Authorize {r.clientName} again
              </Link>
            </p>
            <p className="mt-1 break-all font-mono text-xs text-muted">redirect_uri = {r.redirectUri}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {r.causes.map((c) => (
                <li key={c.id} data-cause={c.id}>
                  {c.text}
                  {c.source && (
                    <>
                      {" "}
                      <a
                        href={c.source}
                        className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
                        rel="noreferrer"
                        target="_blank"
                      >
                        Zoho&apos;s docs
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
