import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { EXPORT_FORMAT, type ClientExport } from "./client-export-schema";
import { seal as box } from "./passphrase-box";

export const MIN_PASSPHRASE_LENGTH = 12;

// A workspace's client configurations as a portable JSON document, audited. Secrets only when asked
// for (which takes secrets:reveal) with a passphrase of 12 characters or more, and then only inside the
// passphrase box.
export async function exportClients(
  ctx: Ctx,
  input: { includeSecrets: boolean; passphrase: string },
): Promise<ClientExport | { refused: "short-passphrase" }> {
  allow(ctx, "clients:read");
  if (input.includeSecrets) allow(ctx, "secrets:reveal");
  if (input.includeSecrets && input.passphrase.length < MIN_PASSPHRASE_LENGTH) return { refused: "short-passphrase" };
  const passphrase = input.includeSecrets ? input.passphrase : null;
  const clients = await db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { name: "asc" },
    omit: { secretCipher: !passphrase },
    // Without a passphrase no secret is read at all (take: 0).
    include: {
      redirectUris: { select: { uri: true } },
      dcSecrets: { select: { location: true, secretCipher: true }, take: passphrase ? undefined : 0 },
    },
  });
  const doc: ClientExport = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    clients: clients.map((c) => ({
      name: c.name,
      zohoClientId: c.zohoClientId,
      type: c.type,
      provider: c.provider,
      environment: c.environment,
      homeDc: c.homeDc,
      enabledDcs: c.enabledDcs,
      redirectUris: c.redirectUris.map((r) => r.uri),
      defaultScopes: c.defaultScopes,
      notes: c.notes,
      archived: !!c.archivedAt,
    })),
  };
  if (passphrase) {
    const secrets = Object.fromEntries(
      clients.map((c) => [
        `${c.provider}:${c.zohoClientId}`,
        {
          secret: c.secretCipher ? unseal(c.secretCipher) : null,
          dcSecrets: Object.fromEntries(c.dcSecrets.map((s) => [s.location, unseal(s.secretCipher)])),
        },
      ]),
    );
    doc.secrets = await box(JSON.stringify(secrets), passphrase);
  }
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "clients.exported",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      data: { clients: doc.clients.length, includeSecrets: !!passphrase },
      ...ctx.meta,
    }),
  );
  return doc;
}
