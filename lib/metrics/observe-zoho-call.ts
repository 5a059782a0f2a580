import { metrics } from "./metrics";

export type ZohoEndpoint = "token" | "device_code" | "device_token" | "revoke" | "user_info" | "server_info" | "api";
export type ZohoCallResult = "answered" | "timeout" | "unreachable";
/** Where a call went: a data centre's location (a row of the DataCentre table: bounded) and who answered. */
export type ZohoTarget = { location: string; provider: "ZOHO" | "SANDBOX" };

/** One call to Zoho (or the sandbox) that took since `startedMs` (performance.now()), by how it ended. */
export function observeZohoCall(endpoint: ZohoEndpoint, target: ZohoTarget | null, result: ZohoCallResult, startedMs: number) {
  metrics()
    .zohoDuration.labels({
      endpoint,
      dc: target?.location.slice(0, 20) ?? "none",
      provider: target ? target.provider.toLowerCase() : "none",
      result,
    })
    .observe((performance.now() - startedMs) / 1000);
}

/** How a failed fetch ended: no answer in time, or no answer at all. */
export const failedCall = (error: unknown): ZohoCallResult =>
  error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError") ? "timeout" : "unreachable";
