import { dataCentres } from "@/lib/data-centres/current-data-centres";
import { atZoho } from "@/lib/data-centres/data-centre";

// Which data centre a called URL belongs to, for the diagnosis of INVALID_TOKEN: a token is only good in
// the DC that issued it, so a grant whose stored api_domain points at another DC's host gets
// INVALID_TOKEN there (docs/zoho.md, "What people get wrong" 3; Kaizen #25,
// https://help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling).
// Zoho hosts: the DC whose accounts server or api domain shares the host's Zoho domain (desk.zoho.eu and
// www.zohoapis.eu are both "eu"); the sandbox: the {location} of /sandbox/{location}/.

/** The location code of the DC a URL's host (or sandbox path) belongs to, or null when it is not known. */
export function locateApiUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const sandbox = /^\/sandbox\/([a-z]{2,8})\//.exec(parsed.pathname);
  if (sandbox && !isZohoHost(parsed.hostname)) return sandbox[1];
  let best: { location: string; domain: string } | null = null;
  for (const dc of dataCentres().filter(atZoho)) {
    for (const server of [dc.accountsServer, dc.apiDomain]) {
      const domain = new URL(server).hostname.replace(/^(accounts|www|api)\./, "");
      const matches = parsed.hostname === domain || parsed.hostname.endsWith(`.${domain}`);
      if (matches && (!best || domain.length > best.domain.length)) best = { location: dc.location, domain };
    }
  }
  return best?.location ?? null;
}

const isZohoHost = (hostname: string) => /(^|\.)(zoho|zohoapis|zohocloud)\.[a-z.]+$/.test(hostname);
