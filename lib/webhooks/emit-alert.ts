import "server-only";
import { randomBytes } from "node:crypto";
import { ownOrigins } from "@/lib/config/app-origin";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { alertPayload, type AlertEvent, type AlertPayload } from "./alert-payload";

// The one way an event becomes alerts (issue 17): called INSIDE the transaction of the change that caused
// it, it records the alert (the bell and email read these rows) and writes one outbox row per enabled
// endpoint subscribed to the event — so the alert commits with its cause, or neither does, and a process
// that dies before sending loses nothing (the worker, deliver-due.ts, sends it later).

/** A Standard Webhooks message id: unique per event and endpoint, kept across retries; no "." (spec/standard-webhooks.md). */
export const newMessageId = () => `msg_${randomBytes(16).toString("base64url")}`;

export type EmitOptions = {
  /** Fire once per cause: a second emit with the same key (in this workspace) records and sends nothing. */
  dedupeKey?: string;
};

/**
 * Records the alert and queues its webhooks; returns the alert's id, or null when `event` built nothing or
 * `dedupeKey` was already used. `event` may be a function, so its rows are read inside the transaction.
 */
export async function emitAlert(
  tx: Tx,
  workspaceId: string,
  event: AlertEvent | (() => Promise<AlertEvent | null>),
  { dedupeKey }: EmitOptions = {},
): Promise<string | null> {
  const built = typeof event === "function" ? await event() : event;
  if (!built) return null;
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, slug: true, name: true } });
  const payload = alertPayload(workspace, built, ownOrigins()[0]);
  const [alert] = await tx.alert.createManyAndReturn({
    data: [{ workspaceId, type: built.type, payload: payload as unknown as Prisma.InputJsonObject, dedupeKey }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!alert) return null;
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { workspaceId, enabled: true, events: { has: built.type } },
    select: { id: true },
  });
  await queueDeliveries(
    tx,
    endpoints.map((e) => e.id),
    workspaceId,
    payload,
  );
  return alert.id;
}

/** Outbox rows for these endpoints of the workspace (the "Send test event" button names one itself). */
export async function queueAlert(tx: Tx, endpointIds: string[], workspaceId: string, event: AlertEvent): Promise<number> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, slug: true, name: true } });
  return queueDeliveries(tx, endpointIds, workspaceId, alertPayload(workspace, event, ownOrigins()[0]));
}

async function queueDeliveries(tx: Tx, endpointIds: string[], workspaceId: string, payload: AlertPayload): Promise<number> {
  if (endpointIds.length === 0) return 0;
  const { count } = await tx.webhookDelivery.createMany({
    data: endpointIds.map((endpointId) => ({
      workspaceId,
      endpointId,
      msgId: newMessageId(),
      eventType: payload.type,
      payload: payload as unknown as Prisma.InputJsonObject,
    })),
  });
  return count;
}
