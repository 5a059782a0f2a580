import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { queueAlert } from "./emit-alert";
import type { EndpointRef } from "./schemas";

/** "Send test event": a `webhook.test` message to this endpoint alone, through the outbox like any other. */
export async function sendTestEvent(ctx: Ctx, input: EndpointRef): Promise<FormState> {
  allow(ctx, "webhooks:manage");
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: input.endpointId, workspaceId: ctx.workspace.id },
      select: { id: true, enabled: true },
    });
    if (!endpoint) return { message: "No such endpoint." };
    if (!endpoint.enabled) return { message: "Enable the endpoint first: nothing is sent to a disabled one." };
    await queueAlert(tx, [endpoint.id], ctx.workspace.id, {
      type: "webhook.test",
      page: `settings/webhooks/${endpoint.id}`,
      reason: "A test event, sent from the console's webhook settings.",
    });
    return { ok: true, message: "Test event queued: it shows in the delivery log within seconds." };
  });
}
