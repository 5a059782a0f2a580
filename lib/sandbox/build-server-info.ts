import { LOCATIONS, sandboxAccountsServer } from "@/lib/zoho/data-centres";

// Zoho's GET /oauth/serverinfo answer, for the sandbox's accounts servers.
export function buildServerInfo(origin: string) {
  return { result: "success", locations: Object.fromEntries(LOCATIONS.map((l) => [l, sandboxAccountsServer(origin, l)])) };
}
