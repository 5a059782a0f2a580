import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { RATE_LIMIT_LOCALES, rateLimitAnswer, zohoError } from "./answers";
import { MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN_PER_WINDOW } from "./limits";

// Fault injection belongs to a workspace: a fault set by one workspace affects only its own sandbox
// clients. A client no workspace owns (see prisma/schema.prisma, SandboxClient) always gets the defaults.
export const faultsSchema = z
  .object({
    accessTokenTtlSeconds: z.number().int().min(1).max(86_400).optional(),
    latencyMs: z.number().int().min(0).max(30_000).optional(),
    errorRate: z.number().min(0).max(1).optional(),
    outage: z.boolean().optional(),
    codeLimit: z.number().int().min(1).max(10_000).optional(),
    codeTtlSeconds: z.number().int().min(1).max(600).optional(),
    rateLimited: z.boolean().optional(),
    rateLimitLocale: z.enum(RATE_LIMIT_LOCALES).optional(),
    apiRateLimited: z.boolean().optional(),
    accessTokensPerWindow: z.number().int().min(1).max(10_000).optional(),
    deviceIntervalSeconds: z.number().int().min(1).max(120).optional(),
    deviceCodeTtlSeconds: z.number().int().min(1).max(1800).optional(),
    deviceOtherDc: z.string().max(200).nullable().optional(),
    revokeFailures: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type Faults = {
  accessTokenTtlSeconds: number;
  latencyMs: number;
  errorRate: number;
  outage: boolean;
  codeLimit: number;
  codeTtlSeconds: number;
  rateLimited: boolean;
  /** The language of the rate-limit answer: Zoho's English one, or the localized one it has been seen to send. */
  rateLimitLocale: string;
  /** Every call to the sandbox's product APIs (lib/sandbox/api/) answers that product's HTTP 429. */
  apiRateLimited: boolean;
  /** Access tokens per refresh token per 10 minutes (Zoho: 10); raised by tests that need more. */
  accessTokensPerWindow: number;
  /** The next N revoke calls answer Zoho's server error (HTTP 500); each failure uses one up. */
  revokeFailures: number;
} & DeviceFaults;
type DeviceFaults = { deviceIntervalSeconds: number; deviceCodeTtlSeconds: number; deviceOtherDc: string | null };

// The device flow's: Zoho's observed 5 s interval and the user code's 5 minutes (lib/sandbox/issue-device-code.ts).
const DEVICE_DEFAULTS: DeviceFaults = { deviceIntervalSeconds: 5, deviceCodeTtlSeconds: 300, deviceOtherDc: null };
const DEFAULTS: Faults = {
  accessTokenTtlSeconds: 3600,
  latencyMs: 0,
  errorRate: 0,
  outage: false,
  codeLimit: 10,
  codeTtlSeconds: 60,
  rateLimited: false,
  rateLimitLocale: "en",
  apiRateLimited: false,
  accessTokensPerWindow: MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN_PER_WINDOW,
  revokeFailures: 0,
  ...DEVICE_DEFAULTS,
};
const DEVICE_FIELDS = { deviceIntervalSeconds: true, deviceCodeTtlSeconds: true, deviceOtherDc: true } as const;
const FIELDS = {
  accessTokenTtlSeconds: true,
  latencyMs: true,
  errorRate: true,
  outage: true,
  codeLimit: true,
  codeTtlSeconds: true,
  rateLimited: true,
  rateLimitLocale: true,
  apiRateLimited: true,
  accessTokensPerWindow: true,
  revokeFailures: true,
  ...DEVICE_FIELDS,
} as const;

export async function readFaults(workspaceId: string): Promise<Faults> {
  return (await db.sandboxFaults.findUnique({ where: { workspaceId }, select: FIELDS })) ?? DEFAULTS;
}

/** The faults that apply to a sandbox client's calls: its workspace's, else the defaults. */
export async function faultsForClient(clientId: string | null | undefined): Promise<Faults> {
  const id = clientId?.trim();
  if (!id || id.length > 100) return DEFAULTS;
  const client = await db.sandboxClient.findUnique({
    where: { clientId: id },
    select: { workspace: { select: { sandboxFaults: { select: FIELDS } } } },
  });
  return client?.workspace?.sandboxFaults ?? DEFAULTS;
}

export async function setFaults(workspaceId: string, change: z.infer<typeof faultsSchema> | "reset"): Promise<Faults> {
  const data = change === "reset" ? DEFAULTS : change;
  return db.sandboxFaults.upsert({ where: { workspaceId }, create: { workspaceId, ...DEFAULTS, ...data }, update: data, select: FIELDS });
}

/** Before a token or revoke call: wait, fail, be down or rate-limit, as configured. Null means go on. */
export async function injectFault(faults: Faults): Promise<Response | null> {
  if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
  if (faults.rateLimited) return rateLimitAnswer(faults.rateLimitLocale);
  if (faults.outage)
    return new Response("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", {
      status: 503,
      headers: { "content-type": "text/html" },
    });
  if (faults.errorRate && Math.random() < faults.errorRate) return zohoError("internal_error", 500);
  return null;
}

/**
 * One of the `revokeFailures` a revoke call may use up (counted down atomically, so N failures are exactly N
 * calls however many run at once): HTTP 500 {"error":"internal_error"}, else null. Zoho's revoke page documents
 * only {"status":"success"} and HTTP 400 for an invalid token (https://www.zoho.com/accounts/protocol/oauth/revoke-refresh-token.html);
 * a server error is Zoho's generic 500 "Internal error … try again later" (e.g. https://www.zoho.com/mail/help/api/response-codes.html),
 * which lib/zoho/read-revoke-answer.ts reads as "Zoho was not reached; nothing is known" — retryable.
 */
export async function takeRevokeFailure(clientId: string | null | undefined): Promise<Response | null> {
  const id = clientId?.trim();
  if (!id || id.length > 100) return null;
  const { count } = await db.sandboxFaults.updateMany({
    where: { workspace: { sandboxClients: { some: { clientId: id } } }, revokeFailures: { gt: 0 } },
    data: { revokeFailures: { decrement: 1 } },
  });
  return count ? zohoError("internal_error", 500) : null;
}
