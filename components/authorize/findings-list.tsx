import clsx from "clsx";

export type ShownFinding = { id: string; level: "error" | "warning" | "info"; message: string; fix: string };

// Lint and diagnosis findings, most severe first, each with its fix. The live region stays mounted
// whether there are findings or not, so "all clear" is announced as well as a new problem.
export function FindingsList({ findings, empty }: { findings: ShownFinding[]; empty?: string }) {
  return (
    <div aria-live="polite">
      <Findings findings={findings} empty={empty} />
    </div>
  );
}

function Findings({ findings, empty }: { findings: ShownFinding[]; empty?: string }) {
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort((a, b) => order[a.level] - order[b.level]);
  if (sorted.length === 0) return empty ? <p className="text-sm text-emerald-700 dark:text-emerald-400">✓ {empty}</p> : null;
  return (
    <ul className="space-y-2">
      {sorted.map((f, i) => (
        <li
          key={`${f.id}-${i}`}
          data-testid="finding"
          data-finding-id={f.id}
          className={clsx(
            "rounded-md border-l-4 px-3 py-2 text-sm",
            f.level === "error"
              ? "border-red-500 bg-red-50 dark:bg-red-950/30"
              : f.level === "warning"
                ? "border-amber-500 bg-amber-50 dark:bg-amber-950/30"
                : "border-sky-500 bg-sky-50 dark:bg-sky-950/30",
          )}
        >
          <p>
            <span className="font-semibold">{f.level === "error" ? "Error" : f.level === "warning" ? "Warning" : "Note"}:</span> {f.message}
          </p>
          <p className="text-muted">Fix: {f.fix}</p>
        </li>
      ))}
    </ul>
  );
}
