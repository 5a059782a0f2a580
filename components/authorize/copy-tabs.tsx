"use client";
import { useId, useRef, useState } from "react";
import clsx from "clsx";
import { CopyButton } from "@/components/copy-button";
import { tabKey } from "./keys";

// One block of text per tab (cURL, Node, Python), each with its copy button above it. WAI-ARIA APG tabs
// with automatic activation (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop for the
// tablist (roving tabindex), ArrowLeft/ArrowRight (wrapping), Home and End move and activate.
export function CopyTabs({
  tabs,
  label = "Code for the exchange",
}: {
  tabs: { id: string; label: string; text: string }[];
  label?: string;
}) {
  const [active, setActive] = useState(tabs[0].id);
  const current = tabs.some((t) => t.id === active) ? active : tabs[0].id;
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (id: string) => `${base}-tab-${id}`;
  const panelId = (id: string) => `${base}-panel-${id}`;
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {tabs.map((t, i) => {
          const selected = t.id === current;
          return (
            <button
              key={t.id}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              role="tab"
              id={tabId(t.id)}
              aria-selected={selected}
              aria-controls={panelId(t.id)}
              tabIndex={selected ? 0 : -1}
              onClick={() => setActive(t.id)}
              onKeyDown={(e) => {
                const next = tabKey(e.key, i, tabs.length);
                if (next === null) return;
                e.preventDefault();
                setActive(tabs[next].id);
                buttons.current[next]?.focus();
              }}
              className={clsx(
                "-mb-px min-h-8 rounded-t px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500",
                selected
                  ? "border-b-2 border-indigo-600 font-medium dark:border-indigo-400"
                  : "text-muted hover:text-zinc-900 dark:hover:text-zinc-100",
              )}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={panelId(t.id)}
          aria-labelledby={tabId(t.id)}
          hidden={t.id !== current}
          className="mt-2 space-y-1"
        >
          <div className="flex justify-end">
            <CopyButton value={t.text} label={`Copy ${t.label}`} />
          </div>
          {/* Scrolls sideways only if a line cannot wrap: then the keyboard can scroll it (WCAG 2.1.1). */}
          <pre
            data-testid={`copy-${t.id}`}
            role="region"
            aria-label={`${t.label} code`}
            tabIndex={0}
            className="overflow-x-auto rounded bg-zinc-100 p-3 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-950"
          >
            {t.text}
          </pre>
        </div>
      ))}
    </div>
  );
}
