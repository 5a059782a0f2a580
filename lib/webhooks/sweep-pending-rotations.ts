import "server-only";
import type { Db } from "@/lib/db";
import { ROTATION_PENDING_AFTER_MS, rotationPendingKey } from "./alert-rules";
import { emitNewAlerts } from "./emit-new-alerts";

/**
 * `client.secret_rotation_pending` (issue 17): a client's secret rotation (lib/clients/start-secret-rotation.ts)
 * neither confirmed nor cancelled 24 hours after it began, once per rotation (alert-rules.ts). One range
 * read on the OAuthClient_pendingSecretSince index.
 */
export async function sweepPendingRotations(db: Db, now: Date): Promise<number> {
  const clients = await db.oAuthClient.findMany({
    where: { pendingSecretSince: { lte: new Date(now.getTime() - ROTATION_PENDING_AFTER_MS) }, pendingSecretCipher: { not: null } },
    select: { id: true, workspaceId: true, name: true, homeDc: true, pendingSecretSince: true },
  });
  return emitNewAlerts(
    db,
    clients.map((c) => {
      const hours = Math.floor((now.getTime() - c.pendingSecretSince!.getTime()) / 3_600_000);
      return {
        workspaceId: c.workspaceId,
        dedupeKey: rotationPendingKey(c.id, c.pendingSecretSince!),
        event: {
          type: "client.secret_rotation_pending" as const,
          page: `clients/${c.id}`,
          client: { id: c.id, label: c.name },
          dc: c.homeDc,
          reason: `A new client secret has waited ${hours} hours for confirmation since ${c.pendingSecretSince!.toISOString()}; the console still uses the old one. Confirm the rotation once the new secret is active at Zoho, or cancel it.`,
        },
      };
    }),
  );
}
