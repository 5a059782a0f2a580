import "server-only";
import { postForm } from "./post-form";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { parseDeviceCodeAnswer, type DeviceCodeAnswer } from "./parse-device-code-answer";

export type DeviceCodeRequest = { scopes: string[]; accessType: "online" | "offline"; promptConsent: boolean };

// POST {accounts-server}/oauth/v3/device/code — the device flow's initiation request: client_id, scope
// (comma-separated), grant_type=device_request, access_type, prompt. No secret and no PKCE (Zoho's
// initiation page). Sent as a form body, which Zoho's accounts servers read like query parameters.
export async function requestDeviceCode(
  server: AllowedAccountsServer,
  clientId: string,
  request: DeviceCodeRequest,
): Promise<DeviceCodeAnswer> {
  const body = new URLSearchParams({
    client_id: clientId,
    grant_type: "device_request",
    scope: request.scopes.join(","),
    access_type: request.accessType,
  });
  if (request.promptConsent) body.set("prompt", "consent");
  const answer = await postForm(server, "/oauth/v3/device/code", body);
  return answer.ok
    ? parseDeviceCodeAnswer(answer.status, answer.json)
    : { ok: false, error: answer.error, description: answer.description, status: 0 };
}
