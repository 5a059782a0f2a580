import "server-only";
import { internalOrigin } from "@/lib/config/app-origin";
import { failedCall, observeZohoCall } from "@/lib/metrics/observe-zoho-call";

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 64 * 1024;

// Zoho's GET https://accounts.zoho.com/oauth/serverinfo → {"result":"success","locations":{"us":"https://accounts.zoho.com",…}}
// (https://zoho.com/accounts/protocol/oauth/multi-dc/client-authorization.html). No secret is sent. The
// address is fixed here, never taken from a request; the sandbox's is the console's own listening address.
const SERVER_INFO_URL = {
  zoho: () => "https://accounts.zoho.com/oauth/serverinfo",
  sandbox: () => `${internalOrigin()}/sandbox/oauth/serverinfo`,
};

export type ServerInfoSource = keyof typeof SERVER_INFO_URL;
export type ServerInfo = { ok: true; locations: Record<string, unknown> } | { ok: false; reason: string };

export async function fetchServerInfo(source: ServerInfoSource): Promise<ServerInfo> {
  const url = SERVER_INFO_URL[source]();
  let text: string;
  const started = performance.now();
  // serverinfo lives on the US accounts server (the sandbox's stands in for it).
  const target = { location: "us", provider: source === "zoho" ? ("ZOHO" as const) : ("SANDBOX" as const) };
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
      redirect: "error",
    });
    text = await response.text();
    observeZohoCall("server_info", target, "answered", started);
    if (!response.ok) return { ok: false, reason: `${url} answered HTTP ${response.status}.` };
  } catch (error) {
    observeZohoCall("server_info", target, failedCall(error), started);
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      ok: false,
      reason: timedOut
        ? `${url} did not answer within ${TIMEOUT_MS / 1000} s.`
        : `Could not reach ${url} (does this machine have internet access?).`,
    };
  }
  if (text.length > MAX_BYTES) return { ok: false, reason: `${url} answered more than ${MAX_BYTES / 1024} KB: not a serverinfo answer.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${url} did not answer JSON.` };
  }
  const body = json as { result?: unknown; locations?: unknown };
  if (body?.result !== "success" || typeof body.locations !== "object" || body.locations === null || Array.isArray(body.locations)) {
    return { ok: false, reason: `${url} did not answer {"result":"success","locations":{…}}.` };
  }
  return { ok: true, locations: body.locations as Record<string, unknown> };
}
