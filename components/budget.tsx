import clsx from "clsx";

// A limit made visible before it bites: a bar that turns amber at the warning point and red at the limit.
export function Budget({
  label,
  used,
  limit,
  warnAt,
  hint,
}: {
  label: string;
  used: number;
  limit: number;
  warnAt: number;
  hint?: string;
}) {
  const tone = used >= limit ? "bg-red-500" : used >= warnAt ? "bg-amber-500" : "bg-emerald-500";
  return (
    <div>
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        <span className="font-mono" data-testid="budget-value">
          {used} / {limit}
        </span>
      </div>
      <div
        className="mt-1 h-2 rounded bg-zinc-200 dark:bg-zinc-800"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={used}
        aria-label={label}
      >
        <div className={clsx("h-2 rounded", tone)} style={{ width: `${Math.min(100, (used / Math.max(1, limit)) * 100)}%` }} />
      </div>
      {hint && <p className="mt-1 text-xs text-muted">{hint}</p>}
    </div>
  );
}
