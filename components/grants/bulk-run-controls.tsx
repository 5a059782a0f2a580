"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionButton } from "@/components/action-button";
import { ProgressStatus } from "@/components/progress-status";
import type { FormState } from "@/lib/forms/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type Counts = { pending: number; done: number; failed: number; skipped: number };

// A run's progress: the bar and counts, re-read from the server every second while the run is going
// (the work itself happens in the server; this page only watches). "Resume" when its worker stopped
// (the console restarted), "Retry failed" when Zoho kept failing for some grants.
export function BulkRunControls({
  finished,
  running,
  kind,
  counts,
  settled,
  total,
  canRevoke,
  resume,
  retry,
}: {
  finished: boolean;
  running: boolean;
  kind: "REVOKE" | "RELABEL" | "ADD_TO_KEY";
  counts: Counts;
  settled: number;
  total: number;
  canRevoke: boolean;
  resume: Action;
  retry: Action;
}) {
  const router = useRouter();
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [finished, router]);
  const stalled = !finished && !running;
  return (
    <section
      aria-label="Progress"
      className="mb-6 space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-4">
        <ProgressStatus done={settled} total={total} label="Grants handled" />
        <p className="text-sm font-medium" data-testid="bulk-run-state">
          {finished ? "Finished" : running ? "Running…" : "Stopped before the end"}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="bulk-run-counts">
        {(
          [
            ["Done", counts.done],
            ["Failed", counts.failed],
            ["Waiting", counts.pending],
            ["Skipped", counts.skipped],
          ] as const
        ).map(([label, n]) => (
          <div key={label}>
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="font-semibold" data-count={label.toLowerCase()}>
              {n.toLocaleString("en")}
            </dd>
          </div>
        ))}
      </dl>
      {kind === "REVOKE" && canRevoke && (stalled || (finished && counts.failed > 0)) && (
        <div className="flex flex-wrap gap-3">
          {stalled && <ActionButton action={resume} name="bulk-resume" label="Resume" pendingText="Resuming…" variant="primary" />}
          {counts.failed > 0 && (
            <ActionButton action={retry} name="bulk-retry-failed" label="Retry failed" pendingText="Retrying…" variant="danger" />
          )}
        </div>
      )}
    </section>
  );
}
