import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import type { DeliveryRef } from "./schemas";

/** "Redeliver": the same message (same `webhook-id`, so a receiver can dedupe) sent again now, with a fresh day of retries. */
export async function redeliver(ctx: Ctx, input: DeliveryRef): Promise<FormState> {
  allow(ctx, "webhooks:manage");
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: input.deliveryId, endpointId: input.endpointId, workspaceId: ctx.workspace.id },
    select: { id: true, status: true, endpoint: { select: { enabled: true } } },
  });
  if (!delivery) return { message: "No such delivery." };
  if (!delivery.endpoint.enabled) return { message: "Enable the endpoint first: nothing is sent to a disabled one." };
  if (delivery.status === "PENDING") return { ok: true, message: "Already queued: it is being sent." };
  const now = new Date();
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: { status: "PENDING", nextAttemptAt: now, retryFrom: now, deliveredAt: null },
  });
  return { ok: true, message: "Queued again: it shows in the delivery log within seconds." };
}
