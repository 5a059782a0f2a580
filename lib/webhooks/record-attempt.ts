import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { endpointDisabledKey } from "./alert-rules";
import { emitAlert } from "./emit-alert";
import { DISABLE_AFTER_MS, nextAttemptAt, retryScale } from "./retry-schedule";
import type { SendResult } from "./send-webhook";

// What one attempt changes, in one transaction: the attempt's row in the log, the delivery (delivered,
// due again later, or failed for good), and the endpoint's run of failures. A 2xx is success; anything else
// fails (a 3xx too: redirects are not followed). 410 Gone disables the endpoint at once, and 3 days of
// failures in a row disable it too (Standard Webhooks spec, "Delivery success and failure"), with the
// webhook.endpoint_disabled alert (issue 17) in the same transaction.
export async function recordAttempt(deliveryId: string, result: SendResult, now = new Date()): Promise<void> {
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: {
        attempts: true,
        retryFrom: true,
        status: true,
        workspaceId: true,
        endpoint: { select: { id: true, url: true, failingSince: true, enabled: true } },
      },
    });
    if (!delivery) return;
    await tx.webhookAttempt.create({
      data: {
        deliveryId,
        at: now,
        status: result.status,
        latencyMs: result.latencyMs,
        error: result.error,
        responseSnippet: result.snippet,
      },
    });
    const attempts = delivery.attempts + 1;
    const last = {
      attempts,
      lastStatus: result.status,
      lastLatencyMs: result.latencyMs,
      lastError: result.error,
      lastResponseSnippet: result.snippet,
    };
    const endpoint = delivery.endpoint;
    if (ok) {
      await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...last, status: "DELIVERED", deliveredAt: now } });
      if (endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
      return;
    }
    const next = result.status === 410 ? null : nextAttemptAt(attempts, delivery.retryFrom, now);
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: next ? { ...last, nextAttemptAt: next } : { ...last, status: "FAILED" },
    });
    const failingSince = endpoint.failingSince ?? now;
    const gone = result.status === 410;
    const tooLong = now.getTime() - failingSince.getTime() > DISABLE_AFTER_MS * retryScale();
    if (!endpoint.enabled || !(gone || tooLong)) {
      if (!endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince } });
      return;
    }
    const reason = gone
      ? "The receiver answered 410 Gone: it wants no more webhooks."
      : `Every delivery failed since ${failingSince.toISOString()} (3 days).`;
    // Conditional: two attempts recorded at once (PostgreSQL) disable, audit and alert once.
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, enabled: true },
      data: { failingSince, enabled: false, disabledAt: now, disabledReason: reason },
    });
    if (count === 0) return;
    await tx.webhookDelivery.updateMany({
      where: { endpointId: endpoint.id, status: "PENDING" },
      data: { status: "FAILED", lastError: "Not sent: the endpoint was disabled." },
    });
    await recordAuditEvent(tx, {
      workspaceId: delivery.workspaceId,
      actorId: null,
      action: "webhook.disabled",
      targetType: "webhook_endpoint",
      targetId: endpoint.id,
      data: { reason, job: "webhook-delivery" },
    });
    // The workspace's alert (bell, email, its other endpoints): never to this one, disabled above.
    await emitAlert(
      tx,
      delivery.workspaceId,
      {
        type: "webhook.endpoint_disabled",
        page: `settings/webhooks/${endpoint.id}`,
        // The host only, as its audit events say: a URL's path or query may hold the receiver's own token.
        reason: `The webhook endpoint at ${new URL(endpoint.url).host} was disabled: ${reason} Fix the receiver, then enable the endpoint again and redeliver what it missed.`,
        occurredAt: now,
      },
      { dedupeKey: endpointDisabledKey(endpoint.id, now) },
    );
  });
}
