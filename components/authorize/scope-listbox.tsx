"use client";
import clsx from "clsx";
import { groupByService, type CatalogScope } from "@/lib/zoho/scope-catalog";

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

// The combobox's popup: options grouped by product (APG grouped listbox: a group labelled by a
// presentational heading). Options are never focused: the input keeps focus and points at the
// highlighted one with aria-activedescendant, so nothing in here is a tab stop or an interactive
// element inside another (axe nested-interactive).
export function ScopeListbox({
  id,
  open,
  options,
  active,
  onPick,
  onHover,
}: {
  id: string;
  open: boolean;
  options: CatalogScope[];
  active: number;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}) {
  let index = 0;
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Suggested scopes"
      hidden={!open}
      // Pressing an option must not take focus from the input.
      onMouseDown={(e) => e.preventDefault()}
      className="mt-2 rounded border border-zinc-200 bg-white py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      {(open ? groupByService(options) : []).map((group, g) => (
        <div key={group.service} role="group" aria-labelledby={`${id}-group-${g}`}>
          <div id={`${id}-group-${g}`} role="presentation" className="px-2 pt-1.5 pb-0.5 text-xs font-semibold text-muted">
            {group.service}
          </div>
          {group.scopes.map((c) => {
            const i = index++;
            return (
              <div
                key={c.scope}
                id={optionId(id, i)}
                role="option"
                aria-selected={i === active}
                data-testid="scope-option"
                onClick={() => onPick(i)}
                onMouseMove={() => i !== active && onHover(i)}
                className={clsx(
                  "flex min-h-8 cursor-pointer flex-wrap items-baseline gap-x-2 border-l-4 px-2 py-1",
                  i === active ? "border-indigo-600 bg-indigo-100 dark:border-indigo-400 dark:bg-indigo-950" : "border-transparent",
                )}
              >
                <span className="font-mono text-xs [overflow-wrap:anywhere]">{c.scope}</span>{" "}
                <span className="text-xs text-muted">{c.description}</span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
