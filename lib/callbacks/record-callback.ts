import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db, type Tx } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";
import { auditCallbackFailure } from "./audit-callback-failure";
import { redactParams } from "./redact-params";
import type { Outcome } from "./outcomes";

// Step one of every callback, before anything can fail: keep what arrived (secrets redacted).
export async function recordCallback({ meta }: { meta: RequestMeta }, { params }: { params: URLSearchParams }) {
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

/** The outcomes that end a callback without a grant. */
export type FailedOutcome = Exclude<Outcome, "received" | "grant_created">;

/**
 * Writes a callback's progress, and nothing else: linking it to its workspace while still "received",
 * or its grant_created outcome in the grant's own transaction. No audit event (a grant audits itself).
 */
export async function updateCallback(client: Db | Tx, id: string, update: CallbackUpdate) {
  return client.callbackEvent.update({ where: { id }, data: update, select: { id: true } });
}

/**
 * A callback that ended without a grant: its outcome and — when it reached a workspace — that
 * workspace's audit event (folded when identical failures repeat, audit-callback-failure.ts), in one
 * transaction. A callback that reached no workspace has no trail to write to.
 */
export async function failCallback(id: string, failure: CallbackUpdate & { outcome: FailedOutcome }) {
  const row = await writeFailure(id, failure);
  countCallback(failure.outcome);
  return row;
}

/** A callback's final outcome, for the metrics (callbacks by outcome), once it is written. */
export const countCallback = (outcome: Outcome) => metrics().callbacks.labels({ outcome }).inc();

async function writeFailure(id: string, failure: CallbackUpdate & { outcome: FailedOutcome }) {
  const { workspaceId } = failure;
  if (!workspaceId) return updateCallback(db, id, failure);
  return db.$transaction(async (tx) => {
    const row = await tx.callbackEvent.update({ where: { id }, data: failure, select: { id: true, ip: true, userAgent: true } });
    await auditCallbackFailure(tx, {
      id,
      workspaceId,
      clientId: failure.clientId ?? null,
      authRequestId: failure.authRequestId ?? null,
      outcome: failure.outcome,
      error: failure.error ?? null,
      ip: row.ip,
      userAgent: row.userAgent,
    });
    return row;
  });
}
