import type { StyleProps } from "react-json-view-lite/dist/DataRenderer";

// react-json-view-lite's tree in the console's colours (readable in light and dark, ≥ 4.5:1), with
// names for its expand buttons.
export const JSON_STYLE: StyleProps = {
  container: "leading-relaxed",
  basicChildStyle: "pl-4",
  label: "mr-1 font-semibold text-zinc-800 dark:text-zinc-200",
  clickableLabel: "mr-1 cursor-pointer font-semibold text-zinc-800 dark:text-zinc-200",
  nullValue: "text-muted",
  undefinedValue: "text-muted",
  numberValue: "text-indigo-700 dark:text-indigo-300",
  stringValue: "text-emerald-800 dark:text-emerald-300",
  booleanValue: "text-amber-800 dark:text-amber-300",
  otherValue: "text-zinc-800 dark:text-zinc-200",
  punctuation: "text-muted",
  expandIcon: "mr-1 inline-block min-w-6 cursor-pointer text-center after:content-['▸']",
  collapseIcon: "mr-1 inline-block min-w-6 cursor-pointer text-center after:content-['▾']",
  collapsedContent: "mr-1 text-muted after:content-['…']",
  childFieldsContainer: "m-0 list-none p-0",
  ariaLables: { collapseJson: "Collapse", expandJson: "Expand" },
  stringifyStringValues: false,
  quotesForFieldNames: true,
};
