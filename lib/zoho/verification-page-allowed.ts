import { matchAccountsServer, type AllowedAccountsServer } from "./match-accounts-server";

/**
 * Whether the verification page a device-code answer names is an accounts server's own (Zoho's is
 * {accounts-server}/oauth/v3/device). The console shows it as a link and a QR code to people who then
 * sign in there: any other page would collect their Zoho password. For a sandbox client, a page of
 * the sandbox under one of the console's own origins.
 */
export function verificationPageAllowed(page: string, server: AllowedAccountsServer, sandboxOrigins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(page);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (server.provider === "ZOHO") return url.protocol === "https:" && matchAccountsServer(url.origin, [])?.provider === "ZOHO";
  const location = /^\/sandbox\/([a-z]{1,10})\//.exec(url.pathname)?.[1];
  return !!location && matchAccountsServer(`${url.origin}/sandbox/${location}`, sandboxOrigins)?.provider === "SANDBOX";
}
