import "server-only";
import { headers } from "next/headers";
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";

/**
 * The accounts server a flow the console starts goes to first: Zoho's for the data centre, or — for a
 * sandbox client, while the sandbox is on — the console's own (null when it is off). One rule for the
 * redirect flow, the device flow and a Self Client's token requests.
 */
export async function consoleAccountsServer(provider: "ZOHO" | "SANDBOX", location: string) {
  const sandboxOrigin = env().sandboxEnabled ? appOrigin({ headers: await headers() }) : null;
  return startingAccountsServer(provider, location, sandboxOrigin);
}
