// When a failed delivery is tried again (issue 17): 5 s, 30 s, 2 min, 10 min, 1 h, then every 6 h, each
// with up to ±20 % jitter so many deliveries failing together do not retry in lockstep, until 24 h after
// the first try; then the delivery fails for good. An endpoint failing for 3 days is disabled. The Standard
// Webhooks spec (https://www.standardwebhooks.com/, spec/standard-webhooks.md, "Deliverability and
// reliability") recommends exponential back-off with random jitter, and disabling an endpoint that fails
// consistently; the delays are shorter at first than the spec's example schedule.
const DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000, 21_600_000];
export const RETRY_WINDOW_MS = 24 * 3_600_000;
export const DISABLE_AFTER_MS = 3 * 24 * 3_600_000;

// TEST ONLY: WEBHOOK_RETRY_SCALE=0.001 shrinks every delay and window above (5 s → 5 ms) so the
// integration suite sees a whole retry run in seconds. Never set it in production.
export function retryScale(source: Record<string, string | undefined> = process.env): number {
  const scale = Number(source.WEBHOOK_RETRY_SCALE);
  return scale > 0 && scale <= 1 ? scale : 1;
}

/** The delay before attempt `attempts + 1`, after `attempts` failed ones (1-based), jitter from `random` in [0, 1). */
export function retryDelayMs(attempts: number, random: number = Math.random(), scale = retryScale()): number {
  const base = DELAYS_MS[Math.min(Math.max(attempts, 1), DELAYS_MS.length) - 1];
  return Math.round(base * (0.8 + 0.4 * random) * scale);
}

/** The next attempt's time, or null when it would fall past the retry window (the delivery has failed). */
export function nextAttemptAt(attempts: number, retryFrom: Date, now: Date, random?: number, scale = retryScale()): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempts, random, scale));
  return next.getTime() - retryFrom.getTime() > RETRY_WINDOW_MS * scale ? null : next;
}
