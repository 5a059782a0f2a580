"use client";
import { useId, useState } from "react";
import { searchScopes } from "@/lib/zoho/scope-catalog";

// Scopes as chips: pick from the catalog (searchable) or type any scope and press Enter or comma.
export function ScopePicker({
  scopes,
  onChange,
  describedBy,
}: {
  scopes: string[];
  onChange: (next: string[]) => void;
  describedBy?: string;
}) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const listId = useId();
  const suggestions = searchScopes(query).filter((c) => !scopes.includes(c.scope));
  const add = (scope: string) => {
    const clean = scope.trim();
    if (clean && !scopes.includes(clean)) onChange([...scopes, clean]);
    setQuery("");
  };
  return (
    <div className="rounded-md border border-zinc-300 bg-white p-2 dark:border-zinc-700 dark:bg-zinc-900">
      <ul className="flex flex-wrap gap-1" aria-label="Selected scopes">
        {scopes.map((scope) => (
          <li
            key={scope}
            className="inline-flex items-center gap-1 rounded bg-indigo-100 px-2 py-0.5 font-mono text-xs text-indigo-900 dark:bg-indigo-900/50 dark:text-indigo-200"
            data-testid="scope-chip"
          >
            {scope}
            <button
              type="button"
              onClick={() => onChange(scopes.filter((s) => s !== scope))}
              aria-label={`Remove ${scope}`}
              className="hover:text-red-600"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="scope-search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === ",") {
            e.preventDefault();
            add(query.replace(/,$/, ""));
          } else if (e.key === "Backspace" && !query && scopes.length) onChange(scopes.slice(0, -1));
        }}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={describedBy}
        aria-label="Add a scope"
        placeholder="Search Zoho scopes, or type one and press Enter"
        className="mt-1 w-full bg-transparent px-1 py-1 font-mono text-sm outline-none"
      />
      {open && suggestions.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className="mt-1 max-h-56 overflow-y-auto rounded border border-zinc-200 text-sm dark:border-zinc-700"
        >
          {suggestions.map((c) => (
            <li key={c.scope} role="option" aria-selected={false}>
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(c.scope)}
                className="flex w-full items-baseline gap-2 px-2 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                <span className="font-mono text-xs">{c.scope}</span>
                <span className="text-xs text-muted">
                  {c.service} · {c.description}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
