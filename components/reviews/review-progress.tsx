// A review's progress: a bar of decided grants and the counts, announced politely to screen readers.
export function ReviewProgress({ decided, total, label }: { decided: number; total: number; label: string }) {
  const percent = total ? Math.round((decided / total) * 100) : 0;
  return (
    <span className="flex flex-wrap items-center gap-2 text-xs text-muted" data-testid="review-progress">
      <progress className="h-2 w-32 accent-indigo-600" max={total || 1} value={decided} aria-label={label} />
      <span>
        {decided.toLocaleString("en")} of {total.toLocaleString("en")} decided ({percent}%)
      </span>
    </span>
  );
}
