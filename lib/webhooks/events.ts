// The events a workspace can subscribe to (issue 17). Every alert is recorded (lib/webhooks/emit-alert.ts)
// and goes to the bell; webhook endpoints and members' email choose among these.
export const WEBHOOK_EVENTS = [
  "grant.invalidated",
  "grant.refresh_failed",
  "grant.revoked",
  "grant.near_cap",
  "grant.near_token_limit",
  "grant.stale",
  "callback.failed",
  "apikey.expiring",
  "client.secret_rotation_pending",
  "audit.chain_broken",
  "webhook.endpoint_disabled",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** What a receiver gets: the subscribable events, and "webhook.test" from the "Send test event" button. */
export type AlertType = WebhookEvent | "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "grant.invalidated": "Zoho stopped accepting a grant's refresh token (revoked at Zoho, or evicted by the per-user cap)",
  "grant.refresh_failed": "A refresh failed at Zoho after the retries (Zoho's error included)",
  "grant.revoked": "A grant was revoked in the console",
  "grant.near_cap": "A Zoho user reached the warning threshold of refresh tokens for a client (Zoho keeps 20)",
  "grant.near_token_limit": "A grant used 70 % of its access-token budget in Zoho's window",
  "grant.stale": "A grant has not been used for the stale threshold (once per grant)",
  "callback.failed": "Callbacks failed for a client (at most one alert per client per 10 minutes, with a count)",
  "apikey.expiring": "An API key expires in 7 days, and again in 1 day",
  "client.secret_rotation_pending": "A client's secret rotation has been open for over 24 hours",
  "audit.chain_broken": "The audit trail's hash chain no longer verifies",
  "webhook.endpoint_disabled": "A webhook endpoint was disabled after 3 days of failed deliveries",
};
