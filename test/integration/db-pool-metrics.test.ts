import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { metrics } from "../../lib/metrics/metrics";
import { watchDbPool } from "../../lib/metrics/watch-db-pool";

// /metrics' database wait on PostgreSQL (lib/metrics/watch-db-pool.ts), read from the registry the route
// serves, against the real server of the suite's PostgreSQL pass (.ci/run). PGlite has no pool to watch.
const url = process.env.INTEGRATION_DATABASE_URL;
const pool = url?.startsWith("postgres") ? new Pool({ connectionString: url, max: 2 }) : null;
afterAll(() => pool?.end());

async function poolGauge(): Promise<Record<string, number>> {
  const text = await metrics().registry.getSingleMetricAsString("zoho_console_db_pool_connections");
  return Object.fromEntries([...text.matchAll(/state="(\w+)"\} (\d+)/g)].map(([, state, n]) => [state, Number(n)]));
}

describe.skipIf(!pool)("the database pool gauge (PostgreSQL)", () => {
  it("counts the queries waiting for a connection while every connection is busy", async () => {
    watchDbPool(pool!);
    const held = await Promise.all([pool!.connect(), pool!.connect()]);
    const queued = pool!.query("SELECT 1");
    expect(await poolGauge()).toEqual({ total: 2, idle: 0, waiting: 1 });
    for (const client of held) client.release();
    await queued;
    expect(await poolGauge()).toEqual({ total: 2, idle: 2, waiting: 0 });
  });
});
