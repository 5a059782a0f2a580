import "server-only";
import { dataCentres } from "@/lib/data-centres/current-data-centres";
import { db } from "@/lib/db";

export type SandboxDataCentre = { location: string; label: string };

// The sandbox stands in for Zoho in every data centre the console knows (the DataCentre table), plus
// any the sandbox's Zoho has "launched" since (SandboxDataCentre, set at /sandbox/control/data-centres):
// the console learns those only from the sandbox's serverinfo, as it learns Zoho's from Zoho's.
export async function sandboxDataCentres(): Promise<SandboxDataCentre[]> {
  const known = dataCentres().map(({ location, label }) => ({ location, label }));
  const launched = await db.sandboxDataCentre.findMany({ orderBy: { location: "asc" }, select: { location: true, label: true } });
  return [...known, ...launched.filter((l) => !known.some((k) => k.location === l.location))];
}

/** Whether the sandbox serves an accounts server for this location (no database read for a known one). */
export async function isSandboxLocation(location: string): Promise<boolean> {
  if (dataCentres().some((dc) => dc.location === location)) return true;
  return (await db.sandboxDataCentre.count({ where: { location } })) > 0;
}
