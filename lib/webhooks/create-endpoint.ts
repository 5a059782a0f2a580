import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { env } from "@/lib/config/env";
import { seal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { checkEgress } from "./check-egress";
import type { EndpointInput } from "./schemas";
import { newSigningSecret } from "./signing-secret";

/** The form's state, with the signing secret once: it is shown in this answer only (it is kept sealed). */
export type EndpointState = FormState & { secret?: string; endpointId?: string };

export const MAX_ENDPOINTS = 20;

export async function createEndpoint(ctx: Ctx, input: EndpointInput): Promise<EndpointState> {
  allow(ctx, "webhooks:manage");
  const egress = await checkEgress(input.url, { sandbox: env().sandboxEnabled });
  if (!egress.ok) return { message: "Please correct the highlighted fields.", fieldErrors: { url: [egress.reason] } };
  const count = await db.webhookEndpoint.count({ where: { workspaceId: ctx.workspace.id } });
  if (count >= MAX_ENDPOINTS) return { message: `A workspace has at most ${MAX_ENDPOINTS} webhook endpoints; delete one first.` };
  const secret = newSigningSecret();
  const url = egress.url.toString();
  const id = await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { workspaceId: ctx.workspace.id, url, events: input.events, secretCipher: seal(secret), createdById: actorId(ctx) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "webhook.created",
      targetType: "webhook_endpoint",
      targetId: row.id,
      // The host only: a receiver's path or query may hold a token of its own.
      data: { host: egress.url.host, events: input.events },
      ...ctx.meta,
    });
    return row.id;
  });
  return { ok: true, message: `Endpoint added: ${egress.url.host}.`, secret, endpointId: id };
}
