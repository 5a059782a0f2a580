// When an event fires, and the dedupeKey that makes it fire once per cause (issue 17): pure rules, shared by
// the causes' transactions and the periodic sweep (sweep-alerts.ts), tested in alert-rules.test.ts. A key is
// unique per workspace (the Alert table); emitAlert writes nothing for a key already used.
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// ---- grant.near_cap -------------------------------------------------------------------------------------
// Zoho keeps at most 20 refresh tokens per user per client; the 21st silently deletes the oldest (docs/zoho.md,
// "Limits": https://www.zoho.com/accounts/protocol/oauth/token-limits.html). The workspace warns from
// warnRefreshTokensPerUser (Settings → Limits). The alert fires when a new grant CROSSES that threshold — the
// user's active personal grants for the client go from warn − 1 to warn — so it fires once per crossing and
// re-arms by itself: after revocations or evictions bring the count below the threshold, the next crossing
// fires again. Lowering the threshold under a user's current count fires nothing (the overview lists them).

/** Whether a new grant, which made the user's active personal grants for its client `count`, crossed `warnAt`. */
export const crossesNearCap = (count: number, warnAt: number) => count === warnAt;
export const nearCapKey = (grantId: string) => `grant.near_cap:${grantId}`;

// ---- grant.near_token_limit -----------------------------------------------------------------------------
// Zoho allows 10 access tokens per refresh token per 10 minutes (docs/zoho.md, "Limits"; the token-limits page
// above; configurable per workspace as limitAccessTokensPerWindow). The console counts its refreshes in a
// sliding 10-minute window (lib/grants/get-access-token.ts). The alert fires when a refresh CROSSES 70 % of the
// budget, and at most once per grant per clock-aligned 10-minute window (the key): a burst that stays above
// 70 % alerts once, and steady use at the threshold alerts at most every 10 minutes.
const TOKEN_WINDOW_MS = 10 * MINUTE_MS;

/** The refreshes in the window from which a grant is "near the limit": 70 % of the budget, at least 1 (as the overview counts). */
export const nearTokenLimitAt = (limit: number) => Math.max(1, Math.ceil(limit * 0.7));

/** The key when the refreshes counted in the window went from `before` to `after` across the threshold, else null. */
export function nearTokenLimitKey(grantId: string, o: { before: number; after: number; limit: number; now: Date }): string | null {
  const at = nearTokenLimitAt(o.limit);
  if (!(o.before < at && o.after >= at)) return null;
  return `grant.near_token_limit:${grantId}:${windowStart(o.now, TOKEN_WINDOW_MS).toISOString()}`;
}

// ---- grant.stale ----------------------------------------------------------------------------------------
// A grant neither used nor created for the workspace's staleGrantDays (default 90; the inventory's stale view).
// Once per staleness: the key names the last use it is stale since, so a grant used again and stale again
// later alerts again (the sweep re-arms it when it is used: Grant.staleAlertedAt goes back to null).
export const staleKey = (grantId: string, lastUsedAt: Date | null) => `grant.stale:${grantId}:${lastUsedAt?.toISOString() ?? "never"}`;

// ---- apikey.expiring ------------------------------------------------------------------------------------
// 7 days and 1 day before expiresAt: two keys per API key. A key that has less than a day left when first
// seen (made to expire tomorrow) gets only the 1-day alert.
export type ExpiryStage = "7d" | "1d";
export const KEY_EXPIRY_AHEAD_MS = 7 * DAY_MS;

/** Which alert a key expiring at `expiresAt` is due, seen at `now`: null when expired or more than 7 days away. */
export function keyExpiryStage(expiresAt: Date, now: Date): ExpiryStage | null {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0 || left > KEY_EXPIRY_AHEAD_MS) return null;
  return left <= DAY_MS ? "1d" : "7d";
}
export const keyExpiringKey = (keyId: string, stage: ExpiryStage) => `apikey.expiring:${keyId}:${stage}`;

// ---- client.secret_rotation_pending ---------------------------------------------------------------------
// A rotation (lib/clients/start-secret-rotation.ts) still neither confirmed nor cancelled 24 h after it began;
// once per rotation: the key names when it began.
export const ROTATION_PENDING_AFTER_MS = DAY_MS;
export const rotationPendingKey = (clientId: string, since: Date) => `client.secret_rotation_pending:${clientId}:${since.toISOString()}`;

// ---- callback.failed ------------------------------------------------------------------------------------
// Batched per client and clock-aligned 10-minute window, one alert with the count once the window is over.
// A window is looked at only once GRACE has passed after it closed, so a callback a dead process left
// "received" is counted as "interrupted" (lib/callbacks/mark-interrupted-callbacks.ts: after 60 s).
export const CALLBACK_WINDOW_MS = 10 * MINUTE_MS;
const CALLBACK_GRACE_MS = 2 * MINUTE_MS;
// How far back the sweep looks for windows not yet alerted: a console down for longer loses those alerts.
const CALLBACK_LOOKBACK_MS = 6 * CALLBACK_WINDOW_MS;

/** The closed windows the sweep looks at: receivedAt in [from, to), both window boundaries. */
export function callbackWindows(now: Date): { from: Date; to: Date } {
  const to = windowStart(new Date(now.getTime() - CALLBACK_GRACE_MS), CALLBACK_WINDOW_MS);
  return { from: new Date(to.getTime() - CALLBACK_LOOKBACK_MS), to };
}
export const failedCallbacksKey = (clientId: string | null, start: Date) => `callback.failed:${clientId ?? "none"}:${start.toISOString()}`;

// ---- audit.chain_broken ---------------------------------------------------------------------------------
// Once per break: the first event that does not verify (lib/audit/verify-chain.ts), whoever found it.
export const chainBrokenKey = (broken: { seq: number; id: string }) => `audit.chain_broken:${broken.seq}:${broken.id}`;

// ---- webhook.endpoint_disabled --------------------------------------------------------------------------
// Once per disabling by the worker (lib/webhooks/record-attempt.ts).
export const endpointDisabledKey = (endpointId: string, disabledAt: Date) =>
  `webhook.endpoint_disabled:${endpointId}:${disabledAt.toISOString()}`;

/** The start of the clock-aligned window of `size` that holds `at` (windows start at multiples of size since the epoch, UTC). */
export function windowStart(at: Date, size: number): Date {
  return new Date(Math.floor(at.getTime() / size) * size);
}
