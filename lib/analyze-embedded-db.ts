import { env } from "@/lib/config/env";
import { db } from "@/lib/db";

const HOUR_MS = 3_600_000;

// PGlite runs no autovacuum, so without this its planner never has statistics and picks plans
// for empty tables: at 1,000,000 audit events, filtering by a grant took 2.8 s instead of 0.5 ms
// (docs/benchmarks.md). ANALYZE samples each table (about 2 s at that size); PostgreSQL servers
// do it themselves. At start, then hourly; the timer never keeps a process alive.
export function scheduleAnalyze() {
  if (!env().embedded) return;
  const run = () => db.$executeRawUnsafe("ANALYZE").catch((error) => console.error("ANALYZE failed:", error instanceof Error ? error.message : error));
  void run();
  setInterval(run, HOUR_MS).unref();
}
