// Class names that turn a data table into stacked cards below 640 px (Tailwind `sm`): one card per row,
// each cell on its own line under a small label (the cell's data-label). The header row stays in the DOM,
// visually hidden, and the explicit table roles keep the table's semantics when CSS changes its display
// (browsers drop them otherwise: Adrian Roselli, "Tables, CSS Display Properties, and ARIA").
export const stack = {
  table: "w-full text-left text-sm max-sm:block",
  thead: "max-sm:sr-only",
  tbody: "max-sm:block",
  row: "max-sm:block max-sm:px-4 max-sm:py-3",
  // On a phone a cell shows its column's name (its data-label) above its value. The generated text has an
  // empty alternative (`content: attr() / ""`), so screen readers hear the column header instead, and
  // the cell's text content (what tests and scripts read) is only its value. (`stack-cell` in app/globals.css.)
  cell: "stack-cell",
};

export const roles = {
  table: { role: "table" },
  rowgroup: { role: "rowgroup" },
  row: { role: "row" },
  columnheader: { role: "columnheader" },
  cell: { role: "cell" },
} as const;
