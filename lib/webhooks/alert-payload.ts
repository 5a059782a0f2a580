import type { AlertType } from "./events";

// What an alert says (issue 17): the workspace, the grant and client by id and label, the data centre,
// Zoho's error and a link to the console page that explains it — never a secret or token: this type has
// no field that could carry one, and every caller passes ids, labels and Zoho's error code only.
// Shaped as the Standard Webhooks spec recommends (spec/standard-webhooks.md, "Payload structure"):
// `type` (full-stop delimited), `timestamp` (when the event happened, not when it is delivered), `data`.
export type AlertEvent = {
  type: AlertType;
  /** The console page that explains it, under the workspace: "grants/<id>" links to /w/<slug>/grants/<id>. */
  page: string;
  grant?: { id: string; label: string };
  client?: { id: string; label: string };
  dc?: string | null;
  zohoError?: string | null;
  /** A sentence for people, e.g. why a grant was invalidated. */
  reason?: string | null;
  occurredAt?: Date;
};

export type AlertPayload = {
  type: AlertType;
  timestamp: string;
  data: {
    workspace: { id: string; slug: string; name: string };
    grant: { id: string; label: string } | null;
    client: { id: string; label: string } | null;
    dc: string | null;
    zohoError: string | null;
    reason: string | null;
    url: string;
  };
};

export function alertPayload(workspace: { id: string; slug: string; name: string }, event: AlertEvent, origin: string): AlertPayload {
  return {
    type: event.type,
    timestamp: (event.occurredAt ?? new Date()).toISOString(),
    data: {
      workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
      grant: event.grant ?? null,
      client: event.client ?? null,
      dc: event.dc ?? null,
      zohoError: event.zohoError ?? null,
      reason: event.reason ?? null,
      url: new URL(`/w/${workspace.slug}/${event.page}`, origin).toString(),
    },
  };
}
