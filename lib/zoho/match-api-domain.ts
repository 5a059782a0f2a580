import { DATA_CENTRES, LOCATIONS, sandboxAccountsServer } from "./data-centres";
import type { AllowedAccountsServer } from "./match-accounts-server";

// Zoho's api_domain is not always www.zohoapis.<tld> (its multi-DC example answers
// https://api.zoho.eu; Writer and FSM answer their own hosts — shared/zoho-oauth.md, Corrections), so
// any https host under one of Zoho's domains is accepted: the domains of the data centres' accounts
// servers and API domains (zoho.com, zohoapis.eu, zohocloud.ca, zoho.com.cn, …). Anything else —
// an attacker's host stored through a forged callback — is never handed to a service.
const ZOHO_DOMAINS = [...new Set(DATA_CENTRES.flatMap((dc) => [dc.accountsServer, dc.apiDomain].map((u) => new URL(u).hostname.replace(/^(accounts|www)\./, ""))))];

/** Whether an api_domain is a Zoho host, or the sandbox's API under one of the console's own origins. */
export function isAllowedApiDomain(value: string | null | undefined, sandboxOrigins: readonly string[]): boolean {
  if (!value) return false;
  const trimmed = value.replace(/\/+$/, "");
  if (sandboxOrigins.some((origin) => LOCATIONS.some((loc) => `${sandboxAccountsServer(origin, loc)}/api` === trimmed))) return true;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  const plainOrigin = url.protocol === "https:" && !url.port && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  return plainOrigin && ZOHO_DOMAINS.some((domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`));
}

/** The api_domain to store for a token answer from `server`: Zoho's own when it is allowed, else the data centre's default. */
export function apiDomainToStore(answered: string | null | undefined, server: AllowedAccountsServer, sandboxOrigins: readonly string[]): string {
  if (isAllowedApiDomain(answered, sandboxOrigins)) return answered!.replace(/\/+$/, "");
  return server.provider === "SANDBOX" ? `${server.url}/api` : (DATA_CENTRES.find((dc) => dc.location === server.location)?.apiDomain ?? DATA_CENTRES[0].apiDomain);
}
