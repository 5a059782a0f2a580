import "server-only";
import { randomBytes } from "node:crypto";
import { ownOrigins } from "@/lib/config/app-origin";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { alertPayload, type AlertEvent } from "./alert-payload";

// The one way an event becomes alerts (issue 17): called INSIDE the transaction of the change that caused
// it, it writes one outbox row per enabled endpoint subscribed to the event — so the alert commits with
// its cause, or neither does, and a process that dies before sending loses nothing (the worker,
// deliver-due.ts, sends it later). Email and the console's bell will be more consumers of the same event.

/** A Standard Webhooks message id: unique per event and endpoint, kept across retries; no "." (spec/standard-webhooks.md). */
export const newMessageId = () => `msg_${randomBytes(16).toString("base64url")}`;

/** `event` may be a function: it is only built (its rows read) when some endpoint wants it. */
export async function emitAlert(tx: Tx, workspaceId: string, event: AlertEvent | (() => Promise<AlertEvent | null>)): Promise<number> {
  const type = typeof event === "function" ? null : event.type;
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { workspaceId, enabled: true, ...(type && { events: { has: type } }) },
    select: { id: true, events: true },
  });
  if (endpoints.length === 0) return 0;
  const built = typeof event === "function" ? await event() : event;
  if (!built) return 0;
  const ids = endpoints.filter((e) => e.events.includes(built.type)).map((e) => e.id);
  return ids.length ? queueAlert(tx, ids, workspaceId, built) : 0;
}

/** Outbox rows for these endpoints of the workspace (the "Send test event" button names one itself). */
export async function queueAlert(tx: Tx, endpointIds: string[], workspaceId: string, event: AlertEvent): Promise<number> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, slug: true, name: true } });
  const payload = alertPayload(workspace, event, ownOrigins()[0]) as unknown as Prisma.InputJsonObject;
  const { count } = await tx.webhookDelivery.createMany({
    data: endpointIds.map((endpointId) => ({ workspaceId, endpointId, msgId: newMessageId(), eventType: event.type, payload })),
  });
  return count;
}
