import { type DataCentre, atZoho } from "./data-centre";

// The domain families Zoho runs its accounts servers on: zoho.<tld> (zoho.com, zoho.eu, zoho.com.au,
// zoho.com.cn…) and zohocloud.<tld> (Canada) — docs/zoho.md, Corrections. An accounts server
// added by an admin or learned from serverinfo must be https://accounts.<one of these>, nothing else,
// so a client secret can only ever be sent to Zoho (OAuth mix-up defence, RFC 9700 §4.4).
const ACCOUNTS_HOST = /^accounts\.(zoho|zohocloud)\.((?:com\.)?[a-z]{2,3})$/;

export type Checked = { ok: true; url: string } | { ok: false; reason: string };

/** An accounts server as Zoho names them: `https://accounts.zoho.<tld>`, no port, path or credentials. */
export function checkAccountsServer(value: string): Checked {
  const url = plainHttpsOrigin(value);
  if (!url)
    return {
      ok: false,
      reason: "An accounts server is an https:// address with no port, path, query or credentials, e.g. https://accounts.zoho.eu.",
    };
  if (!ACCOUNTS_HOST.test(url.hostname))
    return {
      ok: false,
      reason: `${url.hostname} is not one of Zoho's accounts servers (accounts.zoho.<domain> or accounts.zohocloud.<domain>).`,
    };
  return { ok: true, url: url.origin };
}

/** An API domain for an added data centre: https, on a Zoho domain (www.zohoapis.ae, api.zoho.eu). */
export function checkApiDomain(value: string): Checked {
  const url = plainHttpsOrigin(value);
  if (!url)
    return {
      ok: false,
      reason: "An API domain is an https:// address with no port, path, query or credentials, e.g. https://www.zohoapis.eu.",
    };
  if (!/(^|\.)(zoho|zohocloud|zohoapis)\.(?:com\.)?[a-z]{2,3}$/.test(url.hostname))
    return { ok: false, reason: `${url.hostname} is not on a Zoho domain (zohoapis.<domain> or zoho.<domain>).` };
  return { ok: true, url: url.origin };
}

/** Zoho's usual API domain for an accounts server: accounts.zoho.eu → www.zohoapis.eu, accounts.zohocloud.ca → www.zohoapis.ca. */
export function defaultApiDomain(accountsServer: string): string {
  const match = ACCOUNTS_HOST.exec(new URL(accountsServer).hostname);
  return `https://www.zohoapis.${match ? match[2] : "com"}`;
}

// Worked out once per loaded table: the token API checks every grant's api_domain on each request.
const domainsOf = new WeakMap<readonly DataCentre[], string[]>();

/** The registrable domains of the known data centres (zoho.com, zohoapis.eu, zohocloud.ca…): where an api_domain may point. */
export function zohoDomains(dataCentres: readonly DataCentre[]): string[] {
  const known = domainsOf.get(dataCentres);
  if (known) return known;
  const domains = zohoDomainsOf(dataCentres);
  domainsOf.set(dataCentres, domains);
  return domains;
}

function zohoDomainsOf(dataCentres: readonly DataCentre[]): string[] {
  const hosts = dataCentres.filter(atZoho).flatMap((dc) => [dc.accountsServer, dc.apiDomain].map((u) => new URL(u).hostname));
  return [...new Set(hosts.map((host) => host.replace(/^(accounts|www|api)\./, "")))];
}

function plainHttpsOrigin(value: string): URL | null {
  try {
    const url = new URL(value.trim().replace(/\/+$/, ""));
    const plain =
      url.protocol === "https:" && !url.port && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
    return plain ? url : null;
  } catch {
    return null;
  }
}
