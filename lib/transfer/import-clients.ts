import "server-only";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db";
import { exportedSecretsSchema, type ClientExport } from "./client-export-schema";
import { open } from "./passphrase-box";

export type ImportResult = { created: number; skipped: string[]; secrets: number };

// Creates the clients a document lists; a client already registered (same client id and accounts
// provider) is skipped, never overwritten. Secrets come in only when the passphrase opens the box.
export async function importClients(tx: Tx, input: { workspaceId: string; userId: string; doc: ClientExport; passphrase: string }): Promise<ImportResult | { error: string }> {
  let secrets: ReturnType<typeof exportedSecretsSchema.parse> = {};
  if (input.doc.secrets) {
    if (!input.passphrase) return { error: "This file holds encrypted secrets: enter the passphrase used to export it." };
    const opened = open(input.doc.secrets, input.passphrase);
    const parsed = opened === null ? null : exportedSecretsSchema.safeParse(JSON.parse(opened));
    if (!parsed?.success) return { error: "The passphrase does not open this file's secrets." };
    secrets = parsed.data;
  }
  const existing = new Set((await tx.oAuthClient.findMany({ where: { workspaceId: input.workspaceId }, select: { zohoClientId: true, provider: true } })).map((c) => `${c.provider}:${c.zohoClientId}`));
  const result: ImportResult = { created: 0, skipped: [], secrets: 0 };
  for (const c of input.doc.clients) {
    const key = `${c.provider}:${c.zohoClientId}`;
    if (existing.has(key)) {
      result.skipped.push(c.name);
      continue;
    }
    existing.add(key);
    const secret = secrets[key];
    if (secret?.secret) result.secrets++;
    await tx.oAuthClient.create({
      data: {
        workspaceId: input.workspaceId, createdById: input.userId, name: c.name, zohoClientId: c.zohoClientId, type: c.type, provider: c.provider,
        environment: c.environment, homeDc: c.homeDc, enabledDcs: c.enabledDcs, defaultScopes: c.defaultScopes, notes: c.notes,
        archivedAt: c.archived ? new Date() : null,
        secretCipher: secret?.secret ? seal(secret.secret) : null,
        secretLast4: secret?.secret ? last4(secret.secret) : null,
        redirectUris: { create: c.redirectUris.map((uri) => ({ uri })) },
        dcSecrets: { create: Object.entries(secret?.dcSecrets ?? {}).map(([location, s]) => ({ location, secretCipher: seal(s), secretLast4: last4(s) })) },
      },
    });
    result.created++;
  }
  return result;
}
