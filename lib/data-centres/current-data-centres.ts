import { type DataCentre, type ZohoDataCentre, atZoho } from "./data-centre";
import { SEED_DATA_CENTRES } from "./seed-data-centres";

// The DataCentre table, held in memory so that every check that needs it (the accounts-server match,
// schemas, lists) stays synchronous. On the server, load-data-centres.ts fills it before the first
// request and keeps it current. Kept on globalThis: Next.js bundles instrumentation and the routes
// separately, and they must share one copy. Until the first load it holds the seed.

const g = globalThis as unknown as { consoleDataCentres?: readonly DataCentre[] };

/** Every known data centre, enabled or not, in a stable order (the seed's, then by location). */
export function dataCentres(): readonly DataCentre[] {
  return g.consoleDataCentres ?? SEED_DATA_CENTRES;
}

/** What the console offers for new clients and authorizations. */
export const enabledDataCentres = () => dataCentres().filter((dc) => dc.enabled);

/** Data centres with a Zoho accounts server: where a Zoho client can sign users in. */
export const zohoDataCentres = (): ZohoDataCentre[] => dataCentres().filter(atZoho);

export const findDataCentre = (location: string) => dataCentres().find((dc) => dc.location === location);

export const dataCentreLabel = (location: string) => findDataCentre(location)?.label ?? location;

/** Replaces the in-memory table: after a load on the server, or in the browser with the rows a page sent
 * (the debugger runs its checks client-side). */
export function setDataCentres(rows: readonly DataCentre[]) {
  g.consoleDataCentres = rows;
}

/** For pickers: the enabled data centres, a sandbox-only one named as such. */
export function dataCentreOptions(): { location: string; label: string }[] {
  return enabledDataCentres().map((dc) => ({ location: dc.location, label: atZoho(dc) ? dc.label : `${dc.label} (sandbox only)` }));
}

/** For filters over stored rows: every data centre ever known, disabled ones too. */
export const dataCentreFilterOptions = () => dataCentres().map(({ location, label }) => ({ location, label }));
