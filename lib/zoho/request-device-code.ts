import "server-only";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";
import { parseDeviceCodeAnswer, type DeviceCodeAnswer } from "./parse-device-code-answer";

const TIMEOUT_MS = 10_000;

export type DeviceCodeRequest = { scopes: string[]; accessType: "online" | "offline"; promptConsent: boolean };

// POST {accounts-server}/oauth/v3/device/code — the device flow's initiation request: client_id, scope
// (comma-separated), grant_type=device_request, access_type, prompt. No secret and no PKCE (Zoho's
// initiation page). Sent as a form body, which Zoho's accounts servers read like query parameters.
export async function requestDeviceCode(server: AllowedAccountsServer, clientId: string, request: DeviceCodeRequest): Promise<DeviceCodeAnswer> {
  const body = new URLSearchParams({ client_id: clientId, grant_type: "device_request", scope: request.scopes.join(","), access_type: request.accessType });
  if (request.promptConsent) body.set("prompt", "consent");
  try {
    const response = await fetch(callUrl(server, "/oauth/v3/device/code"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    return parseDeviceCodeAnswer(response.status, await response.json().catch(() => null));
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { ok: false, error: timedOut ? "timeout" : "unreachable", description: timedOut ? `No answer within ${TIMEOUT_MS / 1000} s` : "Could not connect to the accounts server", status: 0 };
  }
}
