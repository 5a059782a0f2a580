import "server-only";
import { observeZohoCall, type ZohoEndpoint } from "@/lib/metrics/observe-zoho-call";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";

const TIMEOUT_MS = 10_000;
// The metric's endpoint label for each path posted to.
const ENDPOINTS: Record<string, ZohoEndpoint> = {
  "/oauth/v2/token": "token",
  "/oauth/v3/device/code": "device_code",
  "/oauth/v3/device/token": "device_token",
};

export type FormAnswer = { ok: true; status: number; json: unknown } | { ok: false; error: "timeout" | "unreachable"; description: string };

// POST a form to an allowed accounts server and read its JSON answer: the one way the console's token,
// device-code and device-poll requests reach Zoho (a client secret only ever goes to an
// AllowedAccountsServer). A body that is not JSON reads as null; no answer in 10 s is "timeout".
export async function postForm(server: AllowedAccountsServer, path: string, body: URLSearchParams): Promise<FormAnswer> {
  const started = performance.now();
  const endpoint = ENDPOINTS[path] ?? "token";
  try {
    const response = await fetch(callUrl(server, path), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    const json: unknown = await response.json().catch(() => null);
    observeZohoCall(endpoint, server, "answered", started);
    return { ok: true, status: response.status, json };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    observeZohoCall(endpoint, server, timedOut ? "timeout" : "unreachable", started);
    return {
      ok: false,
      error: timedOut ? "timeout" : "unreachable",
      description: timedOut ? `No answer within ${TIMEOUT_MS / 1000} s` : "Could not connect to the accounts server",
    };
  }
}
