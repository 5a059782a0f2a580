import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import type { EndpointRef } from "./schemas";

/** Enable or disable an endpoint. Disabling fails its queued deliveries; enabling starts a fresh run (failures forgotten). */
export async function setEndpointEnabled(ctx: Ctx, input: EndpointRef & { enabled: boolean }): Promise<FormState> {
  allow(ctx, "webhooks:manage");
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: input.endpointId, workspaceId: ctx.workspace.id },
      select: { id: true, enabled: true },
    });
    if (!endpoint) return { message: "No such endpoint." };
    if (endpoint.enabled === input.enabled) return { ok: true, message: input.enabled ? "Already enabled." : "Already disabled." };
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: input.enabled
        ? { enabled: true, disabledAt: null, disabledReason: null, failingSince: null }
        : { enabled: false, disabledAt: new Date(), disabledReason: "Disabled by a member." },
    });
    if (!input.enabled)
      await tx.webhookDelivery.updateMany({
        where: { endpointId: endpoint.id, status: "PENDING" },
        data: { status: "FAILED", lastError: "Not sent: the endpoint was disabled." },
      });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "webhook.updated",
      targetType: "webhook_endpoint",
      targetId: endpoint.id,
      data: { enabled: input.enabled },
      ...ctx.meta,
    });
    return { ok: true, message: input.enabled ? "Endpoint enabled." : "Endpoint disabled: nothing more is sent to it." };
  });
}
