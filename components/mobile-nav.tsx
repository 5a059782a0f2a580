"use client";
import { useEffect, useId, useRef, useState } from "react";
import clsx from "clsx";

// Below 640 px (Tailwind `sm`) the header's links and account controls fold behind a "Menu" button (a
// WAI-ARIA APG disclosure: aria-expanded, aria-controls). Escape closes it and gives focus back to the
// button; so do a click outside and following a link. From `sm` up the panel is `display: contents`, so
// its children sit in the header row exactly as before and the button is hidden.
export function MobileNav({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointer(event: PointerEvent) {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="ml-auto inline-flex shrink-0 items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 sm:hidden dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          {open ? <path d="M4 4l8 8M12 4l-8 8" /> : <path d="M2 4h12M2 8h12M2 12h12" />}
        </svg>
        Menu
      </button>
      <div
        ref={panel}
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
    </>
  );
}
