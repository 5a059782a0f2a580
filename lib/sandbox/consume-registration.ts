import "server-only";
import { consume, type Verdict } from "@/lib/rate-limit/rate-limit";
import { REGISTRATIONS_PER_IP, REGISTRATIONS_PER_USER } from "./registration-limits";

/**
 * Counts one sandbox client registration against both limits (registration-limits.ts). The user's is
 * checked first, so one user's flood spends only their own budget, never more than that of their address's.
 */
export async function consumeRegistration(userId: string, ip: string | null): Promise<Verdict> {
  const mine = await consume(REGISTRATIONS_PER_USER, userId);
  if (!mine.ok) return mine;
  return consume(REGISTRATIONS_PER_IP, ip ?? "unknown");
}
