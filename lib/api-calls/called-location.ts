import { dataCentres } from "@/lib/data-centres/current-data-centres";

// Which data centre a URL the runner called belongs to: the sandbox's /sandbox/{location}/…, or the
// Zoho domain's ending (zohoapis.eu, zoho.com.au, zohocloud.ca) matched to a data centre's accounts
// server. A token works only at its own DC's hosts (docs/zoho.md: INVALID_TOKEN from another DC's api_domain).
const ENDING = /(?:^|\.)(?:zoho|zohoapis|zohocloud)\.((?:com\.)?[a-z]{2,3})$/;

export function calledLocation(url: string): string | null {
  const parsed = new URL(url);
  const sandbox = /^\/sandbox\/([a-z]{2,8})\//.exec(parsed.pathname);
  if (sandbox) return sandbox[1];
  const ending = ENDING.exec(parsed.hostname)?.[1];
  if (!ending) return null;
  const dc = dataCentres().find((d) => d.accountsServer && ENDING.exec(new URL(d.accountsServer).hostname)?.[1] === ending);
  return dc?.location ?? null;
}
