import "server-only";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { parseDeviceTokenAnswer, type DevicePoll } from "./parse-device-token-answer";

const TIMEOUT_MS = 10_000;

// POST {accounts-server}/oauth/v3/device/token — one poll of the device flow: client_id, client_secret,
// grant_type=device_token, code=<device_code> (Zoho's polling page). The client secret goes only to an
// AllowedAccountsServer; after other_dc the caller must get the user's server from matchAccountsServer
// too (lib/zoho/user-location-server.ts), never from the answer's words.
export async function pollDeviceToken(server: AllowedAccountsServer, client: { clientId: string; clientSecret: string }, deviceCode: string): Promise<DevicePoll> {
  const body = new URLSearchParams({ client_id: client.clientId, client_secret: client.clientSecret, grant_type: "device_token", code: deviceCode });
  try {
    const response = await fetch(callUrl(server, "/oauth/v3/device/token"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    return parseDeviceTokenAnswer(response.status, await response.json().catch(() => null));
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { kind: "error", error: timedOut ? "timeout" : "unreachable", description: timedOut ? `No answer within ${TIMEOUT_MS / 1000} s` : "Could not connect to the accounts server", status: 0 };
  }
}
