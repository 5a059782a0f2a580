import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shutdownState } from "@/lib/shutdown/on-shutdown";
import { openMigratedPglite } from "@/test/migrated-pglite";
import { vacuumEmbeddedDb } from "./vacuum-embedded-db";

describe("vacuumEmbeddedDb (PGlite, migrated)", () => {
  let t: ReturnType<typeof openMigratedPglite>;
  beforeAll(() => {
    t = openMigratedPglite("vacuum");
  });
  afterAll(() => t.close());

  it("vacuums and analyzes every table of the schema", async () => {
    await vacuumEmbeddedDb(t.db);
    const stats = await t.db.$queryRaw<{ name: string; vacuumed: boolean; analyzed: boolean }[]>`
      SELECT relname AS name, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed
      FROM pg_stat_user_tables WHERE schemaname = current_schema()`;
    expect(stats.map((s) => s.name)).toEqual(expect.arrayContaining(["Grant", "AuditEvent", "OAuthClient", "_prisma_migrations"]));
    expect(stats.filter((s) => !s.vacuumed || !s.analyzed)).toEqual([]);
  });

  it("lets a query that arrives meanwhile run before the last table, not after the whole database", async () => {
    const order: string[] = [];
    const vacuum = vacuumEmbeddedDb(t.db).then(() => order.push("vacuum done"));
    // PGlite blocks this thread for each statement: the timer fires only between two tables.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.db.$queryRaw`SELECT 1`.then(() => order.push("query answered"));
    await vacuum;
    expect(order).toEqual(["query answered", "vacuum done"]);
  });

  it("stops at the next table once the process is shutting down", async () => {
    const vacuums = async () => (await t.db.$queryRaw<{ n: number }[]>`SELECT sum(vacuum_count)::int AS n FROM pg_stat_user_tables`)[0].n;
    const before = await vacuums();
    const vacuum = vacuumEmbeddedDb(t.db);
    shutdownState().shuttingDown = true;
    try {
      await vacuum;
    } finally {
      shutdownState().shuttingDown = false;
    }
    expect(await vacuums()).toBe(before);
  });
});
