import { setImmediate as nextTurn } from "node:timers/promises";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isShuttingDown } from "@/lib/shutdown/on-shutdown";

// PGlite runs no autovacuum, so without this its planner never has statistics and picks plans for
// empty tables: at 1,000,000 audit events, filtering by a grant took 2.8 s instead of 0.5 ms
// (docs/benchmarks.md). ANALYZE samples each table (about 2 s at that size). VACUUM also marks pages
// all-visible, without which no index-only scan is possible: counting 100,000 grants read the table
// (144 ms) instead of an index (57 ms). After the first run it skips pages nothing wrote to.
// PostgreSQL servers do both themselves. Scheduled hourly by instrumentation.ts on the embedded database only.
//
// One table at a time, with a turn of the event loop between two: PGlite runs in this thread and
// blocks it for the whole statement, so a single VACUUM of the whole database held every request for
// all of it (1.2–3.1 s at 100,000 grants). Now the requests that arrive meanwhile run between two
// tables and wait at most for the largest (Grant: 0.7 s, its ANALYZE), docs/benchmarks.md.
export async function vacuumEmbeddedDb(client: Pick<PrismaClient, "$queryRaw" | "$executeRawUnsafe"> = db) {
  const tables = await client.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm') ORDER BY c.relname`;
  for (const { name } of tables) {
    await nextTurn();
    // The run now spans a second or more: stop at the next table once the database is about to close.
    if (isShuttingDown()) return;
    await client.$executeRawUnsafe(`VACUUM (ANALYZE) "${name.replaceAll('"', '""')}"`);
  }
}
