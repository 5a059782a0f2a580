import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import type { EndpointRef } from "./schemas";

/** Deletes an endpoint with its delivery log; nothing queued for it is sent. */
export async function deleteEndpoint(ctx: Ctx, input: EndpointRef): Promise<FormState> {
  allow(ctx, "webhooks:manage");
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: input.endpointId, workspaceId: ctx.workspace.id },
      select: { id: true, url: true },
    });
    if (!endpoint) return { message: "No such endpoint." };
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "webhook.deleted",
      targetType: "webhook_endpoint",
      targetId: endpoint.id,
      data: { host: new URL(endpoint.url).host },
      ...ctx.meta,
    });
    return { ok: true, message: "Endpoint deleted." };
  });
}
