import { startingAccountsServer, type AllowedAccountsServer } from "./match-accounts-server";

/**
 * Where to poll after other_dc. Zoho names the user's data centre by its location code
 * (`{"user_location":"eu","error":"other_dc"}`, Zoho's Multi-DC page for non-browser apps); the
 * accounts server is that data centre's — for a sandbox client the sandbox's, under the origin already
 * polled — and passes matchAccountsServer like any other. A URL, a host or an unknown code is refused:
 * the client secret never goes where an answer points.
 */
export function userLocationServer(userLocation: string, current: AllowedAccountsServer): AllowedAccountsServer | null {
  if (!userLocation || userLocation.length > 20) return null;
  const sandboxOrigin = current.provider === "SANDBOX" ? new URL(current.url).origin : null;
  const next = startingAccountsServer(current.provider, userLocation, sandboxOrigin);
  return next && next.provider === current.provider ? next : null;
}
