import { dataCentres, findDataCentre } from "@/lib/data-centres/current-data-centres";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { defaultApiDomain, zohoDomains } from "@/lib/data-centres/zoho-domains";
import type { AllowedAccountsServer } from "./match-accounts-server";

// Zoho's api_domain is not always www.zohoapis.<tld> (its multi-DC example answers
// https://api.zoho.eu; Writer and FSM answer their own hosts — docs/zoho.md, Corrections), so
// any https host under one of the known data centres' domains is accepted (zoho.com, zohoapis.eu,
// zohocloud.ca, zoho.com.cn, …). Anything else — an attacker's host stored through a forged
// callback — is never handed to a service.

/** Whether an api_domain is a Zoho host, or the sandbox's API under one of the console's own origins. */
export function isAllowedApiDomain(value: string | null | undefined, sandboxOrigins: readonly string[]): boolean {
  if (!value) return false;
  const trimmed = value.replace(/\/+$/, "");
  if (sandboxOrigins.some((origin) => dataCentres().some((dc) => `${sandboxAccountsServer(origin, dc.location)}/api` === trimmed)))
    return true;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  const plainOrigin =
    url.protocol === "https:" && !url.port && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  return plainOrigin && zohoDomains(dataCentres()).some((domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`));
}

/** The api_domain to store for a token answer from `server`: Zoho's own when it is allowed, else the data centre's default. */
export function apiDomainToStore(
  answered: string | null | undefined,
  server: AllowedAccountsServer,
  sandboxOrigins: readonly string[],
): string {
  if (isAllowedApiDomain(answered, sandboxOrigins)) return answered!.replace(/\/+$/, "");
  return server.provider === "SANDBOX" ? `${server.url}/api` : (findDataCentre(server.location)?.apiDomain ?? defaultApiDomain(server.url));
}
