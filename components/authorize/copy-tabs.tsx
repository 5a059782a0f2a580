"use client";
import { useState } from "react";
import clsx from "clsx";
import { CopyButton } from "@/components/copy-button";

// One block of text per tab (URL, cURL, Node, Python), each with its copy button.
export function CopyTabs({ tabs }: { tabs: { id: string; label: string; text: string }[] }) {
  const [active, setActive] = useState(tabs[0].id);
  const tab = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <div>
      <div role="tablist" className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === active}
            onClick={() => setActive(t.id)}
            className={clsx("px-3 py-1.5 text-sm", t.id === active ? "border-b-2 border-indigo-600 font-medium" : "text-muted")}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="relative mt-2">
        <div className="absolute right-2 top-2">
          <CopyButton value={tab.text} label={`Copy ${tab.label}`} />
        </div>
        <pre
          data-testid={`copy-${tab.id}`}
          className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-zinc-100 p-3 pr-24 font-mono text-xs dark:bg-zinc-950"
        >
          {tab.text}
        </pre>
      </div>
    </div>
  );
}
