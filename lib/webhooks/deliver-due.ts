import "server-only";
import { env } from "@/lib/config/env";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { recordAttempt } from "./record-attempt";
import { sendWebhook } from "./send-webhook";

// The delivery worker's one pass (issue 17), run every second in each console process (instrumentation.ts).
// Claim: in a short transaction, due PENDING rows are locked with FOR UPDATE SKIP LOCKED — another
// instance's claim skips them instead of waiting or taking them too — and their nextAttemptAt is moved
// a lease ahead, so after the commit no one else claims them while they are being sent. The HTTP calls
// happen outside any transaction (PGlite's one session; PostgreSQL's short locks), and each attempt is
// recorded in its own transaction. A process that dies mid-send leaves the row due again once the lease
// passes: delivery is at least once, and the receiver dedupes on `webhook-id` (Standard Webhooks spec).
const BATCH = 10;
const LEASE_MS = 60_000;

export async function deliverDue(): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await claim();
    if (ids.length === 0) return total;
    await Promise.all(ids.map((id) => deliverOne(id)));
    total += ids.length;
    if (ids.length < BATCH) return total;
  }
}

async function claim(): Promise<string[]> {
  // Nearly every tick finds nothing due: one indexed read, and no transaction to hold PGlite's one session.
  const due = await db.webhookDelivery.findFirst({
    where: { status: "PENDING", nextAttemptAt: { lte: new Date() } },
    select: { id: true },
  });
  if (!due) return [];
  return db.$transaction(async (tx) => {
    // Timestamps are stored in UTC without a time zone (Prisma's DateTime): compare with UTC now.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "WebhookDelivery"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (ids.length)
      await tx.webhookDelivery.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(Date.now() + LEASE_MS) } });
    return ids;
  });
}

async function deliverOne(id: string): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id },
    select: { id: true, msgId: true, payload: true, endpoint: { select: { url: true, secretCipher: true, enabled: true } } },
  });
  if (!delivery) return;
  if (!delivery.endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id }, data: { status: "FAILED", lastError: "Not sent: the endpoint is disabled." } });
    return;
  }
  // The exact bytes signed are the bytes sent.
  const body = JSON.stringify(delivery.payload);
  const result = await sendWebhook(
    { url: delivery.endpoint.url, secret: unseal(delivery.endpoint.secretCipher), sandbox: env().sandboxEnabled },
    { msgId: delivery.msgId, body },
  );
  await recordAttempt(delivery.id, result);
}
