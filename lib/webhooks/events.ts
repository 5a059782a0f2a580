// The events a webhook endpoint can subscribe to (issue 17). This slice emits the grant events and the
// test event; the others are listed as they are wired (email and the bell will consume the same events).
export const WEBHOOK_EVENTS = ["grant.revoked", "grant.invalidated", "grant.refresh_failed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** What a receiver gets: the subscribable events, and "webhook.test" from the "Send test event" button. */
export type AlertType = WebhookEvent | "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "grant.revoked": "A grant was revoked in the console",
  "grant.invalidated": "Zoho stopped accepting a grant's refresh token (revoked at Zoho, or evicted by the per-user cap)",
  "grant.refresh_failed": "A refresh failed at Zoho after the retries (Zoho's error included)",
};
