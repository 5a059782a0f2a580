import "server-only";
import { consume } from "@/lib/rate-limit/rate-limit";
import type { Bucket } from "./sign-in-limits";

/** Counts an attempt against each bucket in turn, before any password is checked; the first refusal ends it. */
export async function countAttempt(buckets: Bucket[]): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  for (const { limit, key } of buckets) {
    const verdict = await consume(limit, key);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

/** A successful attempt gives its points back: the limits count wrong passwords, not sign-ins. */
export async function forgiveAttempt(buckets: Bucket[]) {
  // A negative consume is rate-limiter-flexible's reward (it decrements the same counter).
  for (const { limit, key } of buckets) await consume(limit, key, -1);
}
