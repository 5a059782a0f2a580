import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";

export type ClientRow = {
  id: string;
  workspaceId: string;
  createdById: string;
  name: string;
  zohoClientId: string;
  type: string;
  provider: string;
  environment: string;
  homeDc: string;
  enabledDcs: string[];
  defaultScopes: string[];
  notes: string;
  secretCipher: string | null;
  secretLast4: string | null;
  archived: boolean;
};
export type RedirectUriRow = { clientId: string; uri: string };
export type DcSecretRow = { clientId: string; location: string; secretCipher: string; secretLast4: string };

export const newClientId = () => randomUUID();

// Bulk inserts for the import: one statement per table and batch, the rows passed as one JSON
// parameter (jsonb_to_recordset). Prisma's createMany binds every column of every row as its own
// parameter; for 250 clients that was 10 times slower, all of it on the event loop (PGlite runs in
// process). Timestamps are written as Prisma writes them: UTC, in timestamp(3) columns.
export async function insertClients(tx: Tx, rows: ClientRow[]) {
  if (!rows.length) return;
  const now = new Date().toISOString();
  await tx.$executeRaw`
    INSERT INTO "OAuthClient" ("id", "workspaceId", "createdById", "name", "zohoClientId", "type", "provider", "environment", "homeDc",
      "enabledDcs", "defaultScopes", "notes", "secretCipher", "secretLast4", "archivedAt", "createdAt", "updatedAt")
    SELECT "id", "workspaceId", "createdById", "name", "zohoClientId", "type"::"ClientType", "provider"::"AccountsProvider", "environment"::"Environment", "homeDc",
      "enabledDcs", "defaultScopes", "notes", "secretCipher", "secretLast4", CASE WHEN "archived" THEN ${now}::timestamp(3) END, ${now}::timestamp(3), ${now}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "workspaceId" text, "createdById" text, "name" text, "zohoClientId" text, "type" text,
      "provider" text, "environment" text, "homeDc" text, "enabledDcs" text[], "defaultScopes" text[], "notes" text, "secretCipher" text, "secretLast4" text, "archived" boolean)`;
}

export async function insertRedirectUris(tx: Tx, rows: RedirectUriRow[]) {
  if (!rows.length) return;
  const withIds = rows.map((r) => ({ id: randomUUID(), ...r }));
  await tx.$executeRaw`
    INSERT INTO "RedirectUri" ("id", "clientId", "uri")
    SELECT "id", "clientId", "uri" FROM jsonb_to_recordset(${JSON.stringify(withIds)}::jsonb) AS r("id" text, "clientId" text, "uri" text)`;
}

export async function insertDcSecrets(tx: Tx, rows: DcSecretRow[]) {
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "ClientDcSecret" ("clientId", "location", "secretCipher", "secretLast4")
    SELECT "clientId", "location", "secretCipher", "secretLast4"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("clientId" text, "location" text, "secretCipher" text, "secretLast4" text)`;
}
