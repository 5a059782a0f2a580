import "server-only";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { isAllowedApiDomain } from "@/lib/zoho/match-api-domain";
import { matchAccountsServer, type AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";

// A stored grant's accounts server and API domain, re-checked against what configuration allows
// before every refresh, revoke and token answer: a row poisoned through a forged callback (or an
// old sandbox origin) is never used.
export function grantServer(accountsServer: string): AllowedAccountsServer | null {
  return matchAccountsServer(accountsServer, sandboxOrigins());
}

export function grantApiDomainAllowed(apiDomain: string | null | undefined): boolean {
  return isAllowedApiDomain(apiDomain, sandboxOrigins());
}
