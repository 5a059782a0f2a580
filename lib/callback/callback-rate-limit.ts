import "server-only";
import { z } from "zod";
import type { Limit } from "@/lib/rate-limit/rate-limit";

/**
 * Callbacks per client IP per 10 minutes, both callback routes together. Zoho issues at most 10 grant
 * codes per client ID per 10 minutes (https://www.zoho.com/crm/developer/docs/api/v3/token-validity.html),
 * and each browser is redirected here once per consent. 60 is six clients' worth of real redirects
 * from one address — a developer's burst of retries and reloads, or a team behind one NAT — while a
 * flood from one address stores at most 60 callbacks per 10 minutes instead of one per request.
 */
export const CALLBACK_LIMIT_DEFAULT = 60;
const WINDOW_SECONDS = 600;

// CALLBACK_RATE_LIMIT overrides the number (a test or benchmark that sends hundreds of real callbacks
// from 127.0.0.1). Checked with a clear message, like every other setting.
const setting = z.coerce.number().int().min(1).max(1_000_000).default(CALLBACK_LIMIT_DEFAULT);

let limit: Limit | undefined;

// "memory": counted in this process, so a refused hit costs no database write (a write per refused
// hit would itself be the flood). Several instances each allow the limit.
export function callbackLimit(): Limit {
  if (limit) return limit;
  const parsed = setting.safeParse(process.env.CALLBACK_RATE_LIMIT || undefined);
  if (!parsed.success) throw new Error("Invalid environment:\n  CALLBACK_RATE_LIMIT: must be a whole number of callbacks per IP per 10 minutes, from 1 to 1000000");
  return (limit = { name: "callback-ip", points: parsed.data, perSeconds: WINDOW_SECONDS, store: "memory" });
}
