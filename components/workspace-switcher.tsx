"use client";
import { useId, useRef, useState } from "react";
import Link from "next/link";
import { useDismiss } from "./use-dismiss";

// A native <details> menu, so it opens without JavaScript; with it, Escape closes it and gives focus back
// to its summary, and so does a click outside or following a link. The summary's name is its visible
// text followed by a hidden "switch workspace" (WCAG 2.5.3 Label in Name; aria-labelledby keeps
// getByLabel("Switch workspace") working). Below `sm` the list spans the
// header (the header is `relative`), so it never runs off a 360 px screen.
export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: { slug: string; name: string };
  workspaces: { slug: string; name: string }[];
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const id = useId();

  const [open, setOpen] = useState(false); // mirrors the native <details>, which opens itself
  useDismiss(details, open, (how) => {
    if (details.current) details.current.open = false;
    if (how === "escape") summary.current?.focus();
  });

  return (
    <details ref={details} onToggle={(e) => setOpen(e.currentTarget.open)} className="min-w-0 sm:relative" data-testid="workspace-switcher">
      <summary
        ref={summary}
        aria-labelledby={`${id}-name ${id}-hint`}
        className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800 [&::-webkit-details-marker]:hidden"
      >
        <span id={`${id}-name`} className="min-w-0 truncate">
          {current.name}
        </span>
        <span id={`${id}-hint`} className="sr-only">
          , switch workspace
        </span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 6l4 4 4-4" />
        </svg>
      </summary>
      <ul
        className="absolute inset-x-4 top-full z-30 mt-1 rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg sm:inset-x-auto sm:left-0 sm:top-auto sm:w-64 dark:border-zinc-700 dark:bg-zinc-900"
        onClick={(event) => {
          if ((event.target as Element).closest("a") && details.current) details.current.open = false;
        }}
      >
        {workspaces.map((w) => (
          <li key={w.slug}>
            <Link
              href={`/w/${w.slug}`}
              aria-current={w.slug === current.slug ? "page" : undefined}
              className="block px-3 py-1.5 break-words hover:bg-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 aria-[current=page]:font-semibold dark:hover:bg-zinc-800"
            >
              {w.name}
            </Link>
          </li>
        ))}
        <li className="border-t border-zinc-200 dark:border-zinc-700">
          <Link
            href="/workspaces/new"
            className="block px-3 py-1.5 text-indigo-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:text-indigo-400 dark:hover:bg-zinc-800"
          >
            New workspace…
          </Link>
        </li>
      </ul>
    </details>
  );
}
