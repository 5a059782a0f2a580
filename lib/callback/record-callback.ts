import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { auditCallbackFailure } from "./audit-callback-failure";
import { redactParams } from "./redact-params";
import type { Outcome } from "./outcomes";

// Step one of every callback, before anything can fail: keep what arrived (secrets redacted).
export async function recordCallback(params: URLSearchParams, meta: { ip: string | null; userAgent: string | null }) {
  const event = await db.callbackEvent.create({
    data: {
      params: redactParams(params),
      location: params.get("location")?.slice(0, 50) ?? null,
      accountsServer: params.get("accounts-server")?.slice(0, 300) ?? null,
      error: params.get("error")?.slice(0, 200) ?? null,
      outcome: "received",
      ...meta,
    },
    select: { id: true },
  });
  return event.id;
}

export type CallbackUpdate = {
  outcome: Outcome;
  workspaceId?: string;
  clientId?: string;
  authRequestId?: string;
  grantId?: string;
  error?: string | null;
  diagnosis?: string | null;
  exchange?: Prisma.InputJsonValue;
  latencyMs?: number;
};

export async function updateCallback(id: string, update: CallbackUpdate, tx?: Tx) {
  if (tx) return tx.callbackEvent.update({ where: { id }, data: update, select: { id: true } });
  const { workspaceId } = update;
  // Linking a callback to its workspace while it is still in progress ("received") is not an outcome.
  if (!workspaceId || update.outcome === "received") return db.callbackEvent.update({ where: { id }, data: update, select: { id: true } });
  return db.$transaction(async (t) => {
    const row = await t.callbackEvent.update({ where: { id }, data: update, select: { id: true, ip: true, userAgent: true } });
    await auditCallbackFailure(t, { id, workspaceId, clientId: update.clientId ?? null, authRequestId: update.authRequestId ?? null, outcome: update.outcome, error: update.error ?? null, ip: row.ip, userAgent: row.userAgent });
    return row;
  });
}
