// GET /sandbox/oauth/serverinfo — Zoho's list of accounts servers, for the sandbox's data centres
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { sandboxOff } from "@/lib/sandbox/answers";
import { LOCATIONS, sandboxAccountsServer } from "@/lib/zoho/data-centres";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!env().sandboxEnabled) return sandboxOff();
  const origin = appOrigin(request);
  return Response.json({ result: "success", locations: Object.fromEntries(LOCATIONS.map((l) => [l, sandboxAccountsServer(origin, l)])) });
}
