import type { Pool } from "pg";
import { Gauge } from "prom-client";
import { metrics } from "./metrics";

const g = globalThis as unknown as { consoleDbPoolGauge?: Gauge<"state"> };

/**
 * The PostgreSQL pool's connections, read at each scrape: `waiting` is the queries waiting for a free
 * connection (the pool wait), `total` and `idle` what the pool holds. PGlite has no pool: it runs one
 * query at a time inside its adapter, so its wait shows only in the request latencies.
 */
export function watchDbPool(pool: Pool) {
  g.consoleDbPoolGauge ??= new Gauge({
    name: "zoho_console_db_pool_connections",
    help: "PostgreSQL pool: total and idle connections, and waiting = queries queued for a connection.",
    labelNames: ["state"] as const,
    registers: [metrics().registry],
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
}
