import "server-only";
import { db } from "@/lib/db";
import { setDataCentres } from "./current-data-centres";
import type { DataCentre } from "./data-centre";
import { SEED_DATA_CENTRES } from "./seed-data-centres";

// Fills the in-memory table (current-data-centres.ts) from the database: before the first request
// (instrumentation.ts), after every change in this process, and every RELOAD_MS for another
// instance's change, so a change reaches every instance within RELOAD_MS.
export const RELOAD_MS = 10_000;

/** At start: adds any seed row the table lacks (a release that adds a DC; an admin's rows and changes
 * stay as they are), then loads the table. */
export async function seedDataCentres(): Promise<readonly DataCentre[]> {
  await db.dataCentre.createMany({ data: SEED_DATA_CENTRES.map((dc) => ({ ...dc })), skipDuplicates: true });
  return loadDataCentres();
}

/** Reads the table into memory. */
export async function loadDataCentres(): Promise<readonly DataCentre[]> {
  const rows = await db.dataCentre.findMany({
    select: { location: true, label: true, accountsServer: true, apiDomain: true, enabled: true, source: true },
  });
  const order = new Map(SEED_DATA_CENTRES.map((dc, i) => [dc.location, i]));
  rows.sort(
    (a, b) => (order.get(a.location) ?? order.size) - (order.get(b.location) ?? order.size) || a.location.localeCompare(b.location),
  );
  setDataCentres(rows);
  return rows;
}
