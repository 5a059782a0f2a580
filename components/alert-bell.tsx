"use client";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import Link from "next/link";
import type { AlertView } from "@/lib/alerts/alert-view";
import { markAlertsReadAction } from "@/lib/alerts/actions";
import { AlertItem } from "./alert-item";
import { useDismiss } from "./use-dismiss";

type Feed = { unread: number; alerts: AlertView[] };

const countText = (n: number) => (n >= 100 ? "99+" : String(n));

// The bell in the console's header (issue 17): the member's unread alerts as a number (rendered by the
// layout: one indexed query), and on opening the newest alerts, fetched then (so no page pays for them),
// each linking to the page that explains it. A WAI-ARIA APG disclosure: aria-expanded on the button;
// Escape closes and gives focus back to it, as do a click outside and following a link (use-dismiss.ts).
// Below `sm` the panel spans the header (which is `relative`), so it fits a 360 px screen.
export function AlertBell({ slug, unread }: { slug: string; unread: number }) {
  const [open, setOpen] = useState(false);
  const [feed, setFeed] = useState<Feed | null>(null);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  // The count the layout rendered, until something newer is known (a fetch, "Mark all read").
  const [count, setCount] = useState(unread);
  const [rendered, setRendered] = useState(unread);
  if (rendered !== unread) {
    setRendered(unread);
    setCount(unread);
  }
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const base = `/w/${slug}`;

  useDismiss(area, open, (how) => {
    setOpen(false);
    if (how === "escape") button.current?.focus();
  });

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetch(`${base}/alerts/latest`, { cache: "no-store", headers: { accept: "application/json" } })
      .then((res) => (res.ok ? (res.json() as Promise<Feed>) : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((next) => {
        if (!current) return;
        setFeed(next);
        setCount(next.unread);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [open, base]);

  function toggle() {
    setFeed(null);
    setFailed(false);
    setStatus("");
    setOpen((o) => !o);
  }

  function markAllRead() {
    if (!feed || count === 0 || pending) return;
    const newest = feed.alerts[0]?.id ?? "";
    startTransition(async () => {
      const state = await markAlertsReadAction(slug, newest, {}, new FormData());
      if (!state.ok) return setStatus(state.message ?? "Could not mark the alerts read.");
      setFeed((f) => f && { unread: 0, alerts: f.alerts.map((a) => ({ ...a, unread: false })) });
      setCount(0);
      setStatus("All alerts marked read.");
    });
  }

  return (
    <div ref={area} className="shrink-0 sm:relative" data-testid="alert-bell" data-unread={count}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={toggle}
        className="relative inline-flex min-h-9 min-w-9 items-center justify-center gap-1 rounded-md px-2 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M10 3a5 5 0 0 0-5 5v2.5L3.5 13.5h13L15 10.5V8a5 5 0 0 0-5-5Z" strokeLinejoin="round" />
          <path d="M8 15.5a2 2 0 0 0 4 0" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Alerts</span>
        {count > 0 && (
          <>
            {" "}
            <span className="min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white">
              {countText(count)}
            </span>
            <span className="sr-only"> unread</span>
          </>
        )}
      </button>
      {open && (
        <section
          id={id}
          aria-labelledby={`${id}-title`}
          onClick={(event) => {
            if ((event.target as Element).closest("a")) setOpen(false);
          }}
          className="absolute inset-x-4 top-full z-30 mt-1 flex max-h-[75vh] flex-col rounded-md border border-zinc-200 bg-white text-sm shadow-lg sm:inset-x-auto sm:right-0 sm:w-96 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <div className="flex items-center justify-between gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-700">
            <h2 id={`${id}-title`} className="font-semibold">
              Alerts
            </h2>
            {feed && feed.alerts.length > 0 && (
              <button
                type="button"
                onClick={markAllRead}
                aria-disabled={count === 0 || pending}
                className="rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-zinc-100 aria-disabled:cursor-default aria-disabled:text-muted aria-disabled:hover:bg-transparent dark:text-indigo-300 dark:hover:bg-zinc-800"
              >
                Mark all read
              </button>
            )}
          </div>
          <p role="status" className="sr-only">
            {status}
          </p>
          <div className="min-h-0 overflow-y-auto p-1">
            {failed ? (
              <p role="alert" className="px-3 py-4 text-muted">
                The alerts could not be loaded. Try again, or open the alerts page.
              </p>
            ) : !feed ? (
              <p className="px-3 py-4 text-muted" aria-busy="true">
                Loading alerts…
              </p>
            ) : feed.alerts.length === 0 ? (
              <p className="px-3 py-4 text-muted" data-testid="alert-bell-empty">
                No alerts yet. When a grant is revoked, invalidated by Zoho or fails to refresh, it shows here.
              </p>
            ) : (
              <ul aria-label="Newest alerts">
                {feed.alerts.map((alert) => (
                  <li key={alert.id}>
                    <AlertItem alert={alert} />
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="flex flex-wrap justify-between gap-2 border-t border-zinc-200 px-3 py-2 text-xs dark:border-zinc-700">
            <Link
              href={`${base}/alerts`}
              className="inline-flex min-h-6 items-center font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
            >
              See all alerts
            </Link>
            <Link
              href={`${base}/settings/notifications`}
              className="inline-flex min-h-6 items-center text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
            >
              Email me alerts…
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
