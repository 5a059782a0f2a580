import { db } from "@/lib/db";

// PGlite runs no autovacuum, so without this its planner never has statistics and picks plans for
// empty tables: at 1,000,000 audit events, filtering by a grant took 2.8 s instead of 0.5 ms
// (docs/benchmarks.md). ANALYZE samples each table (about 2 s at that size); PostgreSQL servers do
// it themselves. Scheduled hourly by instrumentation.ts on the embedded database only.
export const analyzeEmbeddedDb = () => db.$executeRawUnsafe("ANALYZE");
