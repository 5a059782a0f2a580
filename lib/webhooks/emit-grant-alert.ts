import "server-only";
import type { Tx } from "@/lib/db";
import type { WebhookEvent } from "./events";
import { emitAlert, type EmitOptions } from "./emit-alert";

/** A grant event's alert, in the caller's transaction: the grant and its client by id and label, its data centre. */
export function emitGrantAlert(
  tx: Tx,
  grant: { id: string; workspaceId: string },
  type: Extract<WebhookEvent, `grant.${string}`>,
  detail: { zohoError?: string | null; reason?: string | null } = {},
  options: EmitOptions = {},
): Promise<string | null> {
  return emitAlert(
    tx,
    grant.workspaceId,
    async () => {
      const row = await tx.grant.findUnique({
        where: { id: grant.id, workspaceId: grant.workspaceId },
        select: { id: true, label: true, location: true, zohoUserEmail: true, client: { select: { id: true, name: true } } },
      });
      if (!row) return null;
      return {
        type,
        page: `grants/${row.id}`,
        grant: { id: row.id, label: row.label || `${row.client.name} (${row.zohoUserEmail ?? row.location})` },
        client: { id: row.client.id, label: row.client.name },
        dc: row.location,
        ...detail,
      };
    },
    options,
  );
}
