"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import clsx from "clsx";
import { Badge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { RelativeTime } from "@/components/relative-time";
import { OUTCOME_DESCRIPTIONS, type Outcome } from "@/lib/callbacks/outcomes";

type Row = {
  id: string;
  receivedAt: string;
  outcome: string;
  error: string | null;
  location: string | null;
  latencyMs: number | null;
  diagnosis: string | null;
  clientName: string | null;
  zohoUser: string | null;
};

const POLL_MS = 2000;
const GRID = "sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,10rem)]";

// The list, kept current: while the tab is visible it asks every 2 s for callbacks newer than the
// newest shown (works the same with several console instances behind a load balancer) — and again
// for any shown while still being exchanged ("received"), until its outcome is known.
const PENDING_FOR_MS = 5 * 60_000;
export function LiveCallbacks({
  initial,
  feedUrl,
  authorizeUrl,
  detailBase,
}: {
  initial: Row[];
  feedUrl: string;
  authorizeUrl: string;
  detailBase: string;
}) {
  const [rows, setRows] = useState(initial);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  useEffect(() => {
    let stopped = false;
    let newest = initial[0]?.receivedAt ?? new Date(0).toISOString();
    const seen = new Set(initial.map((r) => r.id));
    const pending = new Map<string, string>();
    const track = (list: Row[]) => {
      for (const r of list) {
        if (r.outcome === "received" && Date.now() - Date.parse(r.receivedAt) < PENDING_FOR_MS) pending.set(r.id, r.receivedAt);
        else pending.delete(r.id);
      }
    };
    track(initial);
    async function poll() {
      if (stopped || document.hidden) return;
      // From just before the oldest callback still in progress, so it comes back with its outcome.
      // (It may itself be the newest: then `newest` alone would skip it.)
      const since = [...pending.values()]
        .map((at) => new Date(Date.parse(at) - 1).toISOString())
        .reduce((min, at) => (at < min ? at : min), newest);
      try {
        const res = await fetch(`${feedUrl}${feedUrl.includes("?") ? "&" : "?"}after=${encodeURIComponent(since)}`, { cache: "no-store" });
        if (!res.ok) return;
        const { callbacks } = (await res.json()) as { callbacks: Row[] };
        if (callbacks.length && !stopped) {
          if (callbacks[0].receivedAt > newest) newest = callbacks[0].receivedAt;
          track(callbacks);
          const arrived = callbacks.filter((c) => !seen.has(c.id));
          for (const c of arrived) seen.add(c.id);
          setRows((prev) => [...arrived, ...prev.map((r) => callbacks.find((c) => c.id === r.id) ?? r)].slice(0, 200));
          if (arrived.length) setFresh(new Set(arrived.map((c) => c.id)));
        }
      } catch {
        // Offline for a moment: the next poll catches up.
      }
    }
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [feedUrl, initial]);

  if (rows.length === 0) {
    return (
      <EmptyState
        title="No callbacks yet"
        action={
          <Link className="text-sm font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300" href={authorizeUrl}>
            Start an authorization →
          </Link>
        }
      >
        When Zoho redirects back after an authorization, the callback shows up here — live — with a diagnosis.
      </EmptyState>
    );
  }
  // A table's columns from 640 px; below, each row is a card (nothing scrolls sideways on a phone).
  return (
    <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div
        aria-hidden="true"
        className={clsx(
          GRID,
          "hidden border-b border-zinc-200 px-4 py-2 text-xs font-medium uppercase text-muted sm:grid dark:border-zinc-800",
        )}
      >
        <span>Outcome</span>
        <span>Client</span>
        <span>Zoho user</span>
        <span className="text-right">Received</span>
      </div>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-live="polite" aria-label="Callbacks">
        {rows.map((c) => {
          const d = OUTCOME_DESCRIPTIONS[c.outcome as Outcome] ?? OUTCOME_DESCRIPTIONS.received;
          return (
            <li
              key={c.id}
              data-testid="callback-row"
              data-outcome={c.outcome}
              className={clsx(fresh.has(c.id) && "animate-pulse bg-indigo-50 dark:bg-indigo-950/30")}
            >
              <Link
                href={`${detailBase}/${c.id}`}
                className="block px-4 py-3 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800/50"
              >
                <div className={clsx(GRID, "grid gap-x-4 gap-y-1")}>
                  <div className="flex min-w-0 flex-wrap items-center gap-2">
                    <Badge tone={d.tone}>{c.outcome.replaceAll("_", " ")}</Badge>
                    <span className="text-sm font-medium">{d.title}</span>
                    {c.error && <span className="break-all font-mono text-xs text-muted">{c.error}</span>}
                  </div>
                  <div className="min-w-0 text-sm" data-testid="callback-client">
                    <span className="text-muted sm:sr-only">Client: </span>
                    {c.clientName ?? <span className="text-muted">—</span>}
                  </div>
                  <div className="min-w-0 break-all text-sm" data-testid="callback-zoho-user">
                    <span className="text-muted sm:sr-only">Zoho user: </span>
                    {c.zohoUser ?? <span className="text-muted">—</span>}
                  </div>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-muted sm:justify-end">
                    {c.location && <Badge tone="indigo">{c.location}</Badge>}
                    {c.latencyMs != null && <span>exchange {c.latencyMs} ms</span>}
                    <RelativeTime date={c.receivedAt} />
                  </div>
                </div>
                {c.diagnosis && c.diagnosis !== d.explanation && (
                  <p className="mt-1 text-sm text-muted" data-testid="callback-diagnosis">
                    {c.diagnosis}
                  </p>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
