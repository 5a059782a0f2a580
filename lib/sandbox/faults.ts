import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { TOO_MANY_REQUESTS, zohoError, zohoJson } from "./answers";

export const faultsSchema = z.object({
  accessTokenTtlSeconds: z.number().int().min(1).max(86_400).optional(),
  latencyMs: z.number().int().min(0).max(30_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  outage: z.boolean().optional(),
  codeLimit: z.number().int().min(1).max(10_000).optional(),
  codeTtlSeconds: z.number().int().min(1).max(600).optional(),
  rateLimited: z.boolean().optional(),
});
export type Faults = { accessTokenTtlSeconds: number; latencyMs: number; errorRate: number; outage: boolean; codeLimit: number; codeTtlSeconds: number; rateLimited: boolean };

const DEFAULTS: Faults = { accessTokenTtlSeconds: 3600, latencyMs: 0, errorRate: 0, outage: false, codeLimit: 10, codeTtlSeconds: 60, rateLimited: false };

export async function readFaults(): Promise<Faults> {
  const row = await db.sandboxFaults.findUnique({ where: { id: "faults" } });
  return row
    ? { accessTokenTtlSeconds: row.accessTokenTtlSeconds, latencyMs: row.latencyMs, errorRate: row.errorRate, outage: row.outage, codeLimit: row.codeLimit, codeTtlSeconds: row.codeTtlSeconds, rateLimited: row.rateLimited }
    : DEFAULTS;
}

export async function setFaults(change: z.infer<typeof faultsSchema> | "reset"): Promise<Faults> {
  const data = change === "reset" ? DEFAULTS : change;
  await db.sandboxFaults.upsert({ where: { id: "faults" }, create: { id: "faults", ...DEFAULTS, ...data }, update: data });
  return readFaults();
}

/** Before a token or revoke call: wait, fail, be down or rate-limit, as configured. Null means go on. */
export async function injectFault(faults: Faults): Promise<Response | null> {
  if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
  if (faults.rateLimited) return zohoJson(TOO_MANY_REQUESTS, 400);
  if (faults.outage) return new Response("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", { status: 503, headers: { "content-type": "text/html" } });
  if (faults.errorRate && Math.random() < faults.errorRate) return zohoError("internal_error", 500);
  return null;
}
