import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
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

export function updateCallback(id: string, update: CallbackUpdate, tx: Pick<typeof db, "callbackEvent"> = db) {
  return tx.callbackEvent.update({ where: { id }, data: update, select: { id: true } });
}
