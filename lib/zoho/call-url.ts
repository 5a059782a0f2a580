import "server-only";
import { internalOrigin } from "@/lib/config/app-origin";
import type { AllowedAccountsServer } from "./match-accounts-server";

// Where the console sends a request for an allowed accounts server. The sandbox is this very
// process: it is called at its own listening address, never at a host name a request (or a stored
// row) carried, so no proxy, DNS name or forged Host can route a client secret elsewhere.
export function callUrl(server: AllowedAccountsServer, path: string): string {
  const base = server.provider === "SANDBOX" ? `${internalOrigin()}/sandbox/${server.location}` : server.url;
  return `${base}${path}`;
}
