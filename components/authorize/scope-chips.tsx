"use client";
import { useRef } from "react";

// The chosen scopes, each with a 24×24 px "Remove <scope>" button (WCAG 2.5.8). After a removal focus
// goes to the next chip's button, else to `fallback` (the picker's input): never to <body>.
export function ScopeChips({ scopes, onRemove, fallback }: { scopes: string[]; onRemove: (scope: string) => void; fallback: () => void }) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  function remove(index: number) {
    const next = scopes[index + 1];
    // The next chip is keyed by its scope, so its button stays mounted: focus it before this one goes.
    const target = next ? buttons.current.get(next) : undefined;
    if (target) target.focus();
    else fallback();
    onRemove(scopes[index]);
  }
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Selected scopes">
      {scopes.map((scope, i) => (
        <li
          key={scope}
          className="inline-flex min-w-0 max-w-full items-center gap-0.5 rounded bg-indigo-100 py-0.5 pr-0.5 pl-2 font-mono text-xs text-indigo-900 dark:bg-indigo-900/50 dark:text-indigo-100"
          data-testid="scope-chip"
        >
          <span className="min-w-0 [overflow-wrap:anywhere]">{scope}</span>
          <button
            type="button"
            ref={(el) => {
              if (el) buttons.current.set(scope, el);
              else buttons.current.delete(scope);
            }}
            onClick={() => remove(i)}
            aria-label={`Remove ${scope}`}
            className="inline-flex size-6 shrink-0 items-center justify-center rounded hover:bg-indigo-200 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 dark:hover:bg-indigo-800 dark:hover:text-red-300"
          >
            <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}
