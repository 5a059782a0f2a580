import { dataCentres, zohoDataCentres } from "@/lib/data-centres/current-data-centres";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";

// An accounts server the console may send a client secret to. Only matchAccountsServer makes one,
// so every token call is typed to go to an allowed server (OAuth mix-up defence, RFC 9700 §4.4).
// Allowed: the accounts servers in the DataCentre table (only ever https://accounts.zoho.<domain>,
// lib/data-centres/zoho-domains.ts), enabled or not — a disabled DC's grants keep refreshing — and the
// sandbox's, under the console's own origins.
export type AllowedAccountsServer = {
  readonly url: string;
  readonly location: string;
  readonly provider: "ZOHO" | "SANDBOX";
  readonly __allowed: true;
};

/** `sandboxOrigins`: the console's own origins when the sandbox is on (lib/config/app-origin.ts), else none. */
export function matchAccountsServer(value: string | null | undefined, sandboxOrigins: readonly string[]): AllowedAccountsServer | null {
  if (!value) return null;
  const url = value.replace(/\/+$/, "");
  const zoho = zohoDataCentres().find((dc) => dc.accountsServer === url);
  if (zoho) return { url, location: zoho.location, provider: "ZOHO", __allowed: true };
  for (const origin of sandboxOrigins) {
    const dc = dataCentres().find((d) => sandboxAccountsServer(origin, d.location) === url);
    if (dc) return { url, location: dc.location, provider: "SANDBOX", __allowed: true };
  }
  return null;
}

/** The accounts server to start a browser login at, for a client of this provider. `sandboxOrigin`:
 * the console's public origin (appOrigin, always one of its own) when the sandbox is on, else null. */
export function startingAccountsServer(
  provider: "ZOHO" | "SANDBOX",
  location: string,
  sandboxOrigin: string | null,
): AllowedAccountsServer | null {
  const url =
    provider === "SANDBOX"
      ? sandboxOrigin && sandboxAccountsServer(sandboxOrigin, location)
      : zohoDataCentres().find((dc) => dc.location === location)?.accountsServer;
  return matchAccountsServer(url, sandboxOrigin ? [sandboxOrigin] : []);
}
