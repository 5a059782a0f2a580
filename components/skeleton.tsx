import clsx from "clsx";

// What a console page shows while its data loads (the segments' loading.tsx): grey blocks in the page's
// shape, announced once as "Loading…" and marked busy, so a click gives feedback at once.
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={clsx("animate-pulse rounded-md bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800", className)}
    />
  );
}

export function PageSkeleton({ shape = "list", rows = 5 }: { shape?: "list" | "detail" | "cards"; rows?: number }) {
  return (
    <div aria-busy="true" data-testid="page-skeleton">
      <p role="status" className="sr-only">
        Loading…
      </p>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-8 w-48 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      {shape === "list" && (
        <div className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Skeleton className="h-4 w-40 max-w-full" />
              <Skeleton className="h-4 w-16" />
              <Skeleton className="h-4 w-24" />
              <Skeleton className="ml-auto h-4 w-20" />
            </div>
          ))}
        </div>
      )}
      {shape === "detail" && (
        <div className="grid gap-6 lg:grid-cols-2">
          <SkeletonCard lines={rows} />
          <div className="space-y-6">
            <SkeletonCard lines={3} />
            <SkeletonCard lines={2} />
          </div>
        </div>
      )}
      {shape === "cards" && (
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: rows }, (_, i) => (
            <SkeletonCard key={i} lines={3} />
          ))}
        </div>
      )}
    </div>
  );
}

function SkeletonCard({ lines }: { lines: number }) {
  return (
    <div className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <Skeleton className="h-4 w-32" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={clsx("h-3", i % 2 ? "w-3/4" : "w-full")} />
      ))}
    </div>
  );
}
