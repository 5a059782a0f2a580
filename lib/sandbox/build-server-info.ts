import "server-only";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { sandboxDataCentres } from "./sandbox-data-centres";

// Zoho's GET /oauth/serverinfo answer, {"result":"success","locations":{"us":"https://accounts.zoho.com",…}}
// (https://zoho.com/accounts/protocol/oauth/multi-dc/client-authorization.html), for the sandbox's
// accounts servers: one per data centre it serves.
export async function buildServerInfo(origin: string) {
  const locations = (await sandboxDataCentres()).map((dc) => [dc.location, sandboxAccountsServer(origin, dc.location)]);
  return { result: "success", locations: Object.fromEntries(locations) };
}
