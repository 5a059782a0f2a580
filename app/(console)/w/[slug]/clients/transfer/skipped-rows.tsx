import type { SkippedRow } from "@/lib/clients/transfer/import-outcome";

// Every row an import left out, with why: nothing is dropped without a word.
export function SkippedRows({ rows }: { rows: SkippedRow[] }) {
  return (
    <details className="text-sm" open={rows.length <= 10}>
      <summary className="cursor-pointer">
        {rows.length.toLocaleString("en")} skipped row{rows.length === 1 ? "" : "s"}
      </summary>
      <ol className="mt-2 max-h-64 space-y-0.5 overflow-y-auto text-xs text-muted" data-testid="skipped-rows">
        {rows.map((r) => (
          <li key={r.row}>
            Row {r.row.toLocaleString("en")}
            {r.name ? ` “${r.name}”` : ""}: {r.reason}
          </li>
        ))}
      </ol>
    </details>
  );
}
