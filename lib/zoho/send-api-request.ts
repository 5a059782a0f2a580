import "server-only";
import { isIP } from "node:net";
import { Agent, fetch, type Response } from "undici";
import { internalOrigin } from "@/lib/config/app-origin";
import { observeZohoCall } from "@/lib/metrics/observe-zoho-call";
import { checkApiHeaders } from "./check-api-headers";
import { PRIVATE_ADDRESS, nonPublicRange, publicAddressLookup } from "@/lib/http/public-address";

export { checkApiHeaders, type HeaderRefusal } from "./check-api-headers";

// The one way the request runner reaches Zoho (issue 15, "Strict egress"). The URL comes from
// resolveApiTarget (api-target.ts); here: the token is set as Zoho takes it (`Authorization:
// Zoho-oauthtoken <token>`), private addresses are refused at connect time, redirects are never followed
// (a 3xx is answered as it is, its Location visible), 15 s for the whole exchange, at most 5 MB of body
// read. A sandbox request never goes to the stored host: like call-url.ts it goes to this very process's
// own listening address, and only under /sandbox/. The token never appears in an answer, error or log.

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type ApiRequest = {
  method: ApiMethod;
  url: string;
  headers: [string, string][];
  body?: string;
  accessToken: string;
  sandbox: boolean;
  /** The grant's data centre, for the call-latency metric only. */
  location?: string;
};
export type ApiAnswer =
  | { ok: true; status: number; headers: [string, string][]; body: string; truncated: boolean; bytes: number; durationMs: number }
  | { ok: false; error: "timeout" | "unreachable" | "private_address"; description: string; durationMs: number };
export type SendOptions = { timeoutMs?: number; maxBytes?: number; internalOrigin?: string };

export const API_TIMEOUT_MS = 15_000;
export const MAX_ANSWER_BYTES = 5 * 1024 * 1024;
export const MAX_REQUEST_BODY = 1024 * 1024;
const METHODS: readonly ApiMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Input the runner's form should have refused first (checkApiHeaders, checkApiBody): a caller's mistake, thrown. */
export class ApiRequestRefused extends Error {}

// Kept for the process: connections to Zoho are reused. Zoho hosts only through the public-address lookup.
const zohoAgent = new Agent({ connect: { lookup: publicAddressLookup(), timeout: API_TIMEOUT_MS } });
const sandboxAgent = new Agent({ connect: { timeout: API_TIMEOUT_MS } });

/** Why a body cannot be sent with this method, or null. */
export function checkApiBody(method: ApiMethod, body: string | undefined): string | null {
  if (body === undefined || body === "") return null;
  if (method === "GET") return "A GET request has no body: use POST, PUT or PATCH, or put the values in the query.";
  if (Buffer.byteLength(body) > MAX_REQUEST_BODY) return `The body is larger than ${MAX_REQUEST_BODY / 1024 / 1024} MB.`;
  return null;
}

export async function sendApiRequest(request: ApiRequest, options: SendOptions = {}): Promise<ApiAnswer> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = targetOf(request, options);
  const headers = headersOf(request);

  if (!request.sandbox) {
    // An address typed as the host is never looked up (net skips lookup for IP literals): check it here.
    const literal = target.hostname.replace(/^\[|\]$/g, "");
    const range = isIP(literal) ? nonPublicRange(literal) : null;
    if (range)
      return {
        ok: false,
        error: "private_address",
        description: `${literal} is a non-public address (${range}): the console never calls one.`,
        durationMs: elapsed(),
      };
  }

  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? API_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(target, {
      method: request.method,
      headers,
      body: request.body === undefined || request.body === "" ? undefined : request.body,
      redirect: "manual",
      signal: controller.signal,
      dispatcher: request.sandbox ? sandboxAgent : zohoAgent,
    });
    const { body, truncated, bytes } = await readCapped(response.body, options.maxBytes ?? MAX_ANSWER_BYTES);
    observeZohoCall("api", metricTarget(request), "answered", started);
    return { ok: true, status: response.status, headers: [...response.headers], body, truncated, bytes, durationMs: elapsed() };
  } catch (error) {
    observeZohoCall("api", metricTarget(request), controller.signal.aborted ? "timeout" : "unreachable", started);
    if (controller.signal.aborted)
      return { ok: false, error: "timeout", description: `No complete answer within ${timeoutMs / 1000} s.`, durationMs: elapsed() };
    return { ok: false, ...failureOf(error, target.hostname), durationMs: elapsed() };
  } finally {
    clearTimeout(timer);
  }
}

const metricTarget = (request: ApiRequest) =>
  ({ location: request.location ?? "unknown", provider: request.sandbox ? "SANDBOX" : "ZOHO" }) as const;

function targetOf(request: ApiRequest, options: SendOptions): URL {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new ApiRequestRefused("The request URL is not an absolute URL.");
  }
  if (!METHODS.includes(request.method)) throw new ApiRequestRefused("The method must be GET, POST, PUT, PATCH or DELETE.");
  if (url.username || url.password) throw new ApiRequestRefused("The request URL carries credentials.");
  if (!request.sandbox) {
    if (url.protocol !== "https:") throw new ApiRequestRefused("The console only calls Zoho over https.");
    return url;
  }
  // The sandbox is this process: its own listening address, never the stored (or a requested) host.
  if (!url.pathname.startsWith("/sandbox/")) throw new ApiRequestRefused("A sandbox request goes only to paths under /sandbox/.");
  return new URL(`${url.pathname}${url.search}`, options.internalOrigin ?? internalOrigin());
}

function headersOf(request: ApiRequest): [string, string][] {
  const refusals = checkApiHeaders(request.headers);
  if (refusals.length > 0) throw new ApiRequestRefused(refusals.map((r) => r.reason).join(" "));
  const bodyRefusal = checkApiBody(request.method, request.body);
  if (bodyRefusal) throw new ApiRequestRefused(bodyRefusal);
  // Zoho's access tokens are "1000.<hex>.<hex>"; anything that is not one visible-ASCII word could split the header.
  if (!/^[\x21-\x7e]{1,4096}$/.test(request.accessToken))
    throw new ApiRequestRefused("The access token is not a single word of visible ASCII.");
  const typed = new Set(request.headers.map(([name]) => name.toLowerCase()));
  return [
    ...request.headers,
    ["Authorization", `Zoho-oauthtoken ${request.accessToken}`],
    ...(typed.has("user-agent") ? [] : [["User-Agent", "zoho-oauth-console"] as [string, string]]),
    // The runner's bodies are JSON (issue 15); a typed Content-Type wins.
    ...(request.body && !typed.has("content-type") ? [["Content-Type", "application/json"] as [string, string]] : []),
  ];
}

// Reads at most `maxBytes` of the body, then stops (cancelling the rest); a multi-byte character cut at
// the cap is dropped rather than shown broken.
async function readCapped(stream: Response["body"], maxBytes: number) {
  if (!stream) return { body: "", truncated: false, bytes: 0 };
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let body = "";
  let bytes = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - bytes;
    const chunk = value.byteLength > room ? value.subarray(0, room) : value;
    body += decoder.decode(chunk, { stream: true });
    bytes += chunk.byteLength;
    if (value.byteLength > room) {
      truncated = true;
      await reader.cancel().catch(() => {});
      break;
    }
  }
  if (!truncated) body += decoder.decode();
  return { body, truncated, bytes };
}

// Network failures in plain words, from the error codes only: no message text (nothing there can carry the token).
function failureOf(error: unknown, hostname: string): { error: "unreachable" | "private_address" | "timeout"; description: string } {
  const chain: { code?: unknown; message?: unknown }[] = [];
  for (let e = error as { cause?: unknown } | undefined; e && typeof e === "object" && chain.length < 5; e = e.cause as typeof e)
    chain.push(e as (typeof chain)[number]);
  const private_ = chain.find((e) => e.code === PRIVATE_ADDRESS);
  if (private_) return { error: "private_address", description: String(private_.message) };
  const code = chain.map((e) => e.code).find((c): c is string => typeof c === "string") ?? "";
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "ETIMEDOUT")
    return { error: "timeout", description: `${hostname} did not answer in time.` };
  const words: Record<string, string> = {
    ENOTFOUND: "its name does not resolve (DNS)",
    EAI_AGAIN: "its name could not be resolved just now (DNS)",
    ECONNREFUSED: "it refused the connection",
    ECONNRESET: "it closed the connection",
    EHOSTUNREACH: "there is no route to it",
    ENETUNREACH: "there is no route to it",
    UND_ERR_SOCKET: "it closed the connection",
  };
  const tls = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code);
  const why = tls ? "its TLS certificate could not be verified" : (words[code] ?? "the connection failed");
  return { error: "unreachable", description: `${hostname} could not be reached: ${why}${code ? ` (${code})` : ""}.` };
}
