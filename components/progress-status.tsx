// How far a long piece of work got: a bar and "3,500 of 7,000", announced politely to screen readers.
export function ProgressStatus({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <span className="flex items-center gap-2 text-xs text-muted" role="status">
      <progress className="h-2 w-32" max={total || 1} value={done} aria-label={label} />
      {done.toLocaleString("en")} of {total.toLocaleString("en")}
    </span>
  );
}
