import { db } from "@/lib/db";

// PGlite runs no autovacuum, so without this its planner never has statistics and picks plans for
// empty tables: at 1,000,000 audit events, filtering by a grant took 2.8 s instead of 0.5 ms
// (docs/benchmarks.md). ANALYZE samples each table (about 2 s at that size). VACUUM also marks pages
// all-visible, without which no index-only scan is possible: counting 100,000 grants read the table
// (144 ms) instead of an index (57 ms). After the first run it skips pages nothing wrote to.
// PostgreSQL servers do both themselves. Scheduled hourly by instrumentation.ts on the embedded database only.
export const vacuumEmbeddedDb = () => db.$executeRawUnsafe("VACUUM (ANALYZE)");
