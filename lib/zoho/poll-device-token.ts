import "server-only";
import { postForm } from "./post-form";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { parseDeviceTokenAnswer, type DevicePoll } from "./parse-device-token-answer";

// POST {accounts-server}/oauth/v3/device/token — one poll of the device flow: client_id, client_secret,
// grant_type=device_token, code=<device_code> (Zoho's polling page). The client secret goes only to an
// AllowedAccountsServer; after other_dc the caller must get the user's server from matchAccountsServer
// too (lib/zoho/user-location-server.ts), never from the answer's words.
export async function pollDeviceToken(
  server: AllowedAccountsServer,
  client: { clientId: string; clientSecret: string },
  deviceCode: string,
): Promise<DevicePoll> {
  const body = new URLSearchParams({
    client_id: client.clientId,
    client_secret: client.clientSecret,
    grant_type: "device_token",
    code: deviceCode,
  });
  const answer = await postForm(server, "/oauth/v3/device/token", body);
  return answer.ok
    ? parseDeviceTokenAnswer(answer.status, answer.json)
    : { kind: "error", error: answer.error, description: answer.description, status: 0 };
}
