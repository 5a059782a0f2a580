"use client";
import { useId, useRef, useState } from "react";
import clsx from "clsx";
import { useDismiss } from "./use-dismiss";

// Below 640 px (Tailwind `sm`) the header's links and account controls fold behind a "Menu" button (a
// WAI-ARIA APG disclosure: aria-expanded, aria-controls). Escape closes it and gives focus back to the
// button; so do a click outside and following a link. From `sm` up the panel is `display: contents`, so
// its children sit in the header row exactly as before and the button is hidden.
export function MobileNav({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLDivElement>(null);

  useDismiss(area, open, (how) => {
    setOpen(false);
    if (how === "escape") button.current?.focus();
  });

  return (
    // `contents`: the wrapper only marks what counts as inside (button and panel) and adds no box.
    <div ref={area} className="contents">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="ml-auto inline-flex shrink-0 items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 sm:hidden dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          {open ? <path d="M4 4l8 8M12 4l-8 8" /> : <path d="M2 4h12M2 8h12M2 12h12" />}
        </svg>
        Menu
      </button>
      <div
        id={id}
        data-testid="mobile-menu"
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpen(false);
        }}
        className={clsx(
          open ? "flex" : "hidden",
          "absolute inset-x-0 top-full z-20 flex-col gap-4 border-b border-zinc-200 bg-white px-4 py-4 shadow-lg sm:contents dark:border-zinc-800 dark:bg-zinc-900",
        )}
      >
        {children}
      </div>
    </div>
  );
}
