import { type DataCentre, LOCATION_PATTERN } from "./data-centre";
import { SEED_DATA_CENTRES } from "./seed-data-centres";
import { checkAccountsServer, defaultApiDomain } from "./zoho-domains";

export type ServerInfoRow = { location: string; accountsServer: string };
export type MergeResult = {
  add: DataCentre[];
  update: { location: string; accountsServer: string; apiDomain: string | null }[];
  skipped: { location: string; reason: string }[];
  unchanged: string[];
};

// Zoho adds data centres over time; its serverinfo lists them. A location not in the table is added,
// one the sandbox alone knew gets its Zoho accounts server, a moved accounts server is followed. Nothing
// is removed or disabled: a DC missing from one answer (China is served apart) stays as it is.
// `sandboxUrl`: for the sandbox's answer, whether a URL is the sandbox's own for that location.
export function mergeServerInfo(
  current: readonly DataCentre[],
  locations: Record<string, unknown>,
  sandboxUrl: ((location: string, url: string) => boolean) | null,
): MergeResult {
  const result: MergeResult = { add: [], update: [], skipped: [], unchanged: [] };
  const taken = new Map(current.filter((dc) => dc.accountsServer).map((dc) => [dc.accountsServer!, dc.location]));
  for (const [location, value] of Object.entries(locations).slice(0, 100)) {
    const shown = location.slice(0, 20);
    if (!LOCATION_PATTERN.test(location)) {
      result.skipped.push({ location: shown, reason: "not a location code (2–8 lower-case letters)" });
      continue;
    }
    if (typeof value !== "string") {
      result.skipped.push({ location, reason: "no accounts server URL" });
      continue;
    }
    const row = current.find((dc) => dc.location === location);
    if (sandboxUrl) {
      if (!sandboxUrl(location, value)) {
        result.skipped.push({ location, reason: "not the sandbox's accounts server for this location" });
        continue;
      }
      if (row) result.unchanged.push(location);
      else
        result.add.push({
          location,
          label: location.toUpperCase(),
          accountsServer: null,
          apiDomain: null,
          enabled: true,
          source: "sandbox",
        });
      continue;
    }
    const checked = checkAccountsServer(value);
    if (!checked.ok) {
      result.skipped.push({ location, reason: checked.reason });
      continue;
    }
    const owner = taken.get(checked.url);
    if (owner && owner !== location) {
      result.skipped.push({ location, reason: `${checked.url} already belongs to ${owner}` });
      continue;
    }
    if (!row) {
      const seed = SEED_DATA_CENTRES.find((dc) => dc.location === location);
      result.add.push({
        location,
        label: seed?.label ?? location.toUpperCase(),
        accountsServer: checked.url,
        apiDomain: defaultApiDomain(checked.url),
        enabled: true,
        source: "serverinfo",
      });
    } else if (row.accountsServer === checked.url) {
      result.unchanged.push(location);
    } else {
      result.update.push({ location, accountsServer: checked.url, apiDomain: row.apiDomain ?? defaultApiDomain(checked.url) });
    }
    taken.set(checked.url, location);
  }
  return result;
}
