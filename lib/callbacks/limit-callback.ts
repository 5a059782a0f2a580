import "server-only";
import { consume } from "@/lib/rate-limit/rate-limit";
import { tooManyRequests } from "@/lib/rate-limit/too-many-requests";
import { callbackLimit } from "./callback-rate-limit";
import { countRefusedCallback } from "./refused-callbacks";

/**
 * The first step of both callback routes, before a session is read or anything is stored: over the
 * per-IP limit, a 429 with Retry-After and the hit counted in memory (not recorded); else null.
 */
export async function refuseOverLimit(ip: string | null, clientKey: string | null): Promise<Response | null> {
  const address = ip ?? "unknown";
  const verdict = await consume(callbackLimit(), address);
  if (verdict.ok) return null;
  countRefusedCallback(clientKey, address);
  return tooManyRequests(verdict.retryAfterSeconds, "html");
}
