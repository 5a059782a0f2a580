import "server-only";
import { env } from "@/lib/config/env";
import type { Limit } from "@/lib/rate-limit/rate-limit";

/**
 * Callbacks per client IP per 10 minutes, both callback routes together. Zoho issues at most 10 grant
 * codes per client ID per 10 minutes (https://www.zoho.com/crm/developer/docs/api/v3/token-validity.html),
 * and each browser is redirected here once per consent. 60 is six clients' worth of real redirects
 * from one address — a developer's burst of retries and reloads, or a team behind one NAT — while a
 * flood from one address stores at most 60 callbacks per 10 minutes instead of one per request.
 */
const WINDOW_SECONDS = 600;

let limit: Limit | undefined;

// "memory": counted in this process, so a refused hit costs no database write (a write per refused
// hit would itself be the flood). Several instances each allow the limit.
export function callbackLimit(): Limit {
  // CALLBACK_RATE_LIMIT (validated at start with the rest of the environment) overrides the default,
  // for a test or benchmark that sends hundreds of real callbacks from 127.0.0.1.
  return (limit ??= { name: "callback-ip", points: env().CALLBACK_RATE_LIMIT, perSeconds: WINDOW_SECONDS, store: "memory" });
}
