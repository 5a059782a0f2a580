import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// PGlite loads a PostgreSQL extension only when asked as it opens a database, and the console's schema
// uses pg_trgm (the trigram indexes behind the grants and clients searches): every process opens the
// embedded database here. scripts/prisma-wasm.mjs, plain JavaScript, loads the same list.
export const openPglite = (dataDir?: string) => new PGlite(dataDir, { extensions: { pg_trgm } });

/** A new database folder filled from a dump of another (PGlite's dumpDataDir; `npm run db:restore`). */
export async function openPgliteFromDump(dataDir: string, dump: Blob) {
  const pglite = new PGlite(dataDir, { extensions: { pg_trgm }, loadDataDir: dump });
  await pglite.waitReady;
  return pglite;
}
