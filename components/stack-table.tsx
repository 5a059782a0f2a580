// Class names that turn a data table into stacked cards below 640 px (Tailwind `sm`): one card per row,
// each cell on its own line under a small label. The header row stays in the DOM (visually hidden), and
// the explicit table roles keep the table's semantics when CSS changes its display (Chrome and Safari
// drop them otherwise: Adrian Roselli, "Tables, CSS Display Properties, and ARIA").
export const stack = {
  table: "w-full text-left text-sm max-sm:block",
  thead: "max-sm:sr-only",
  tbody: "max-sm:block",
  row: "max-sm:block max-sm:px-4 max-sm:py-3",
  cell: "px-3 py-2 max-sm:block max-sm:px-0 max-sm:py-1",
  // A cell's label on a phone; the screen reader hears the column header instead.
  label: "block text-xs font-medium text-muted uppercase sm:hidden",
};

export const roles = {
  table: { role: "table" },
  rowgroup: { role: "rowgroup" },
  row: { role: "row" },
  columnheader: { role: "columnheader" },
  cell: { role: "cell" },
} as const;

export function CellLabel({ children }: { children: React.ReactNode }) {
  return (
    <span aria-hidden="true" className={stack.label}>
      {children}
    </span>
  );
}
