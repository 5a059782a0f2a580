// A stored alert (its payload is lib/webhooks/alert-payload.ts's AlertPayload) as the bell, the alerts page
// and the mails show it. Pure, and lenient: a payload is JSON from the database, so every field is checked.
import { alertTitle } from "./alert-titles";

export type AlertView = {
  id: string;
  type: string;
  title: string;
  /** The grant's label, else the client's: what the alert is about. */
  subject: string | null;
  client: string | null;
  dc: string | null;
  reason: string | null;
  zohoError: string | null;
  /** The console page that explains it, as a path (the payload's URL carries the console's origin). */
  path: string;
  /** The payload's URL as it was sent (mails link to it). */
  url: string | null;
  createdAt: string;
  unread: boolean;
};

export type AlertRow = { id: string; type: string; payload: unknown; createdAt: Date };

const text = (value: unknown, max = 500): string | null => (typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null);
const labelOf = (value: unknown): string | null =>
  value && typeof value === "object" ? text((value as { label?: unknown }).label, 200) : null;

/**
 * The path of the page an alert links to, under this workspace: the payload's URL is absolute (the origin
 * it was emitted under) and names the workspace's slug at that time, which a rename may have changed since.
 * Anything that is not a workspace page becomes the alerts page: a link never leaves the workspace.
 */
export function alertPath(url: unknown, slug: string): string {
  const fallback = `/w/${slug}/alerts`;
  if (typeof url !== "string") return fallback;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fallback;
  }
  const rest = /^\/w\/[^/]+\/(.+)$/.exec(parsed.pathname)?.[1];
  return rest ? `/w/${slug}/${rest}${parsed.search}${parsed.hash}` : fallback;
}

export function alertView(row: AlertRow, slug: string, seenAt: Date | null): AlertView {
  const data = (row.payload && typeof row.payload === "object" ? (row.payload as { data?: unknown }).data : null) ?? {};
  const d = data as Record<string, unknown>;
  return {
    id: row.id,
    type: row.type,
    title: alertTitle(row.type),
    subject: labelOf(d.grant) ?? labelOf(d.client),
    client: labelOf(d.client),
    dc: text(d.dc, 20),
    reason: text(d.reason),
    zohoError: text(d.zohoError, 200),
    path: alertPath(d.url, slug),
    url: text(d.url, 2000),
    createdAt: row.createdAt.toISOString(),
    unread: seenAt !== null && row.createdAt > seenAt,
  };
}
