import "server-only";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { EXPORT_FORMAT, type ClientExport } from "./client-export-schema";
import { seal as box } from "./passphrase-box";

// A workspace's client configurations as a portable JSON document. Secrets only when a passphrase
// is given, and then only inside the passphrase box.
export async function exportClients(workspaceId: string, passphrase: string | null): Promise<ClientExport> {
  const clients = await db.oAuthClient.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    omit: { secretCipher: !passphrase },
    // Without a passphrase no secret is read at all (take: 0).
    include: { redirectUris: { select: { uri: true } }, dcSecrets: { select: { location: true, secretCipher: true }, take: passphrase ? undefined : 0 } },
  });
  const doc: ClientExport = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    clients: clients.map((c) => ({
      name: c.name, zohoClientId: c.zohoClientId, type: c.type, provider: c.provider, environment: c.environment, homeDc: c.homeDc,
      enabledDcs: c.enabledDcs, redirectUris: c.redirectUris.map((r) => r.uri), defaultScopes: c.defaultScopes, notes: c.notes, archived: !!c.archivedAt,
    })),
  };
  if (passphrase) {
    const secrets = Object.fromEntries(clients.map((c) => [
      `${c.provider}:${c.zohoClientId}`,
      {
        secret: c.secretCipher ? unseal(c.secretCipher) : null,
        dcSecrets: Object.fromEntries(c.dcSecrets.map((s) => [s.location, unseal(s.secretCipher)])),
      },
    ]));
    doc.secrets = await box(JSON.stringify(secrets), passphrase);
  }
  return doc;
}
