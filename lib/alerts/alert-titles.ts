import type { AlertType } from "@/lib/webhooks/events";

// What the bell, the alerts page and the mails call each alert: a few words (events.ts keeps the longer
// sentence that explains the event to someone choosing what to subscribe to).
export const ALERT_TITLES: Record<AlertType, string> = {
  "grant.invalidated": "Grant invalidated by Zoho",
  "grant.refresh_failed": "Refresh failed at Zoho",
  "grant.revoked": "Grant revoked",
  "grant.near_cap": "Near Zoho's refresh-token cap",
  "grant.near_token_limit": "Near the access-token limit",
  "grant.stale": "Grant unused",
  "callback.failed": "Callbacks failing",
  "apikey.expiring": "API key expiring",
  "client.secret_rotation_pending": "Secret rotation still open",
  "audit.chain_broken": "Audit chain broken",
  "webhook.endpoint_disabled": "Webhook endpoint disabled",
  "webhook.test": "Test event",
};

/** The title of a stored alert's type; a type this version does not know (a newer console wrote it) is shown as is. */
export function alertTitle(type: string): string {
  return (ALERT_TITLES as Record<string, string>)[type] ?? type;
}
