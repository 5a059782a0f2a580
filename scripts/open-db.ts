// A Prisma client for command-line scripts and test setup (lib/db.ts is for the server only).
// PGlite allows one process per folder: do not run against the embedded database while the console runs.
import { PrismaClient } from "../lib/generated/prisma/client";

export async function openDb(databaseUrl: string) {
  if (databaseUrl.startsWith("pglite:")) {
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { openPglite } = await import("../lib/open-pglite");
    const pglite = openPglite(databaseUrl.slice("pglite:".length));
    return { db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), close: () => pglite.close() };
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  return { db, close: () => db.$disconnect() };
}
