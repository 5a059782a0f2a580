"use client";
import { useEffect, useId, useRef, useState } from "react";
import clsx from "clsx";
import { suggestScopes } from "@/lib/zoho/scope-catalog";
import { parseScopes } from "@/lib/zoho/scope-grammar";
import { comboboxKey, type ComboState } from "./keys";
import { ScopeChips } from "./scope-chips";
import { optionId, ScopeListbox } from "./scope-listbox";
import { useAnnouncer } from "./use-announcer";

// Scopes as chips: pick from the catalog with a combobox (WAI-ARIA APG "editable combobox with list
// autocomplete", https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), or type any scope and press
// Enter or comma. The keys are in ./keys.ts. `invalid` (the field has errors) marks the input aria-invalid
// and draws the box in red, as inputClass does for a single control (components/field.tsx).
export function ScopePicker({
  scopes,
  onChange,
  describedBy,
  invalid = false,
}: {
  scopes: string[];
  onChange: (next: string[]) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [query, setQuery] = useState("");
  const [combo, setCombo] = useState<ComboState>({ open: false, active: -1 });
  const [message, announce] = useAnnouncer();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const options = suggestScopes(query, scopes);
  const expanded = combo.open && options.length > 0;
  const active = expanded && combo.active < options.length ? combo.active : -1;

  // "N scopes suggested", once the typing pauses: not on every keystroke.
  const count = expanded ? options.length : 0;
  useEffect(() => {
    if (!count) return;
    const timer = setTimeout(() => announce(`${count} ${count === 1 ? "scope" : "scopes"} suggested`), 600);
    return () => clearTimeout(timer);
  }, [count, query, announce]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(listId, active))?.scrollIntoView({ block: "nearest" });
  }, [active, listId]);

  function add(wanted: string[]) {
    const taken = new Set(scopes.map((s) => s.toLowerCase()));
    const fresh = wanted.filter((s) => !taken.has(s.toLowerCase()));
    if (fresh.length) onChange([...scopes, ...fresh]);
    if (wanted.length) announce(fresh.length ? `Added ${fresh.join(", ")}` : `${wanted.join(", ")} is already chosen`);
    setQuery("");
    setCombo({ open: false, active: -1 });
  }
  function remove(scope: string) {
    onChange(scopes.filter((s) => s !== scope));
    announce(`Removed ${scope}`);
  }

  return (
    <div
      className={clsx(
        "rounded-md border bg-white p-2 focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500 dark:bg-zinc-900 dark:focus-within:border-indigo-400 dark:focus-within:ring-indigo-400",
        invalid ? "border-red-600 ring-2 ring-red-600/30 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700",
      )}
    >
      <ScopeChips scopes={scopes} onRemove={remove} fallback={() => input.current?.focus()} />
      <input
        ref={input}
        id="scope-search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          // List autocomplete without automatic selection: typing shows the list, highlights nothing.
          setCombo({ open: true, active: -1 });
        }}
        onClick={() => !combo.open && setCombo({ open: true, active: -1 })}
        onBlur={() => setCombo({ open: false, active: -1 })}
        onKeyDown={(e) => {
          const r = comboboxKey(
            { open: expanded, active },
            { key: e.key, altKey: e.altKey, query, count: options.length, chips: scopes.length },
          );
          if (r.handled) e.preventDefault();
          setCombo(r.state);
          if (r.effect === "add-active") add([options[active].scope]);
          else if (r.effect === "add-typed") add(parseScopes(query));
          else if (r.effect === "clear-text") setQuery("");
          else if (r.effect === "remove-last") remove(scopes[scopes.length - 1]);
        }}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(listId, active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-label="Add a scope"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search Zoho scopes, or type one and press Enter"
        className="mt-1 w-full bg-transparent px-1 py-1 font-mono text-sm outline-none placeholder:text-zinc-500 dark:placeholder:text-zinc-400"
      />
      <ScopeListbox
        id={listId}
        open={expanded}
        options={options}
        active={active}
        onPick={(i) => add([options[i].scope])}
        onHover={(i) => setCombo({ open: true, active: i })}
      />
      <p role="status" className="sr-only">
        {message}
      </p>
    </div>
  );
}
