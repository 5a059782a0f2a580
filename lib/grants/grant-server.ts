import "server-only";
import { env } from "@/lib/config/env";
import { matchAccountsServer, type AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";

// The accounts server a stored grant talks to, re-checked against the allowed list every time. A
// sandbox grant's server is the console's own origin as it was when the grant was stored.
export function grantServer(accountsServer: string): AllowedAccountsServer | null {
  const sandboxOrigin = env().sandboxEnabled && accountsServer.includes("/sandbox/") ? new URL(accountsServer).origin : null;
  return matchAccountsServer(accountsServer, sandboxOrigin);
}
