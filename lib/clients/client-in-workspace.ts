import "server-only";
import { notFound } from "next/navigation";
import { recordAuditEvent, type AuditInput } from "@/lib/audit/record-audit-event";
import { actorId, type Ctx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db";

export type ClientRefRow = { id: string; name: string };

// What every service on one client starts with, inside its transaction: the client looked up in the
// actor's workspace. A miss (another workspace's id, a made-up one) is "not found" (404), never a row.
export async function clientInWorkspace(tx: Tx, ctx: Ctx, clientId: string): Promise<ClientRefRow> {
  const client = await tx.oAuthClient.findFirst({
    where: { id: clientId, workspaceId: ctx.workspace.id },
    select: { id: true, name: true },
  });
  if (!client) notFound();
  return client;
}

// The client's audit event, in the same transaction as the change: always the client's name, never a secret.
export function recordClientEvent(tx: Tx, ctx: Ctx, client: ClientRefRow, action: AuditInput["action"], data: AuditInput["data"] = {}) {
  return recordAuditEvent(tx, {
    workspaceId: ctx.workspace.id,
    actorId: actorId(ctx),
    action,
    targetType: "client",
    targetId: client.id,
    data: { name: client.name, ...data },
    ...ctx.meta,
  });
}
