import "server-only";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import type { Ctx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db";
import type { SkippedRow } from "./import-outcome";
import { insertClients, insertDcSecrets, insertRedirectUris, newClientId } from "./insert-clients";
import type { ImportPlan, PlannedClient } from "./plan-import";

// One batch of an import, inside the caller's transaction: a handful of statements for the whole batch
// (insert-clients.ts), not several per client — per-client nested creates made 7,000 clients take 80 s.
// A step of importClients (which checked the actor), into the actor's workspace, in the name of `userId`.
export async function importBatch(tx: Tx, ctx: Ctx, input: { userId: string; rows: PlannedClient[]; secrets: ImportPlan["secrets"] }) {
  const workspaceId = ctx.workspace.id;
  // Concurrent imports into one workspace take turns, so neither registers a client the other just did.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`clients.import:${workspaceId}`}))`;
  const registered = await tx.oAuthClient.findMany({
    where: { workspaceId, zohoClientId: { in: input.rows.map((c) => c.zohoClientId) } },
    select: { zohoClientId: true, provider: true },
  });
  const existing = new Set(registered.map((c) => `${c.provider}:${c.zohoClientId}`));
  const skipped: SkippedRow[] = input.rows
    .filter((c) => existing.has(c.key))
    .map((c) => ({ row: c.row, name: c.name, kind: "exists", reason: "already registered in this workspace" }));
  const fresh = input.rows.filter((c) => !existing.has(c.key)).map((c) => ({ ...c, id: newClientId(), secret: input.secrets[c.key] }));

  await insertClients(
    tx,
    fresh.map((c) => ({
      id: c.id,
      workspaceId,
      createdById: input.userId,
      name: c.name,
      zohoClientId: c.zohoClientId,
      type: c.type,
      provider: c.provider,
      environment: c.environment,
      homeDc: c.homeDc,
      enabledDcs: c.enabledDcs,
      defaultScopes: c.defaultScopes,
      notes: c.notes,
      archived: c.archived,
      secretCipher: c.secret?.secret ? seal(c.secret.secret) : null,
      secretLast4: c.secret?.secret ? last4(c.secret.secret) : null,
    })),
  );
  await insertRedirectUris(
    tx,
    fresh.flatMap((c) => c.redirectUris.map((uri) => ({ clientId: c.id, uri }))),
  );
  await insertDcSecrets(
    tx,
    fresh.flatMap((c) =>
      Object.entries(c.secret?.dcSecrets ?? {}).map(([location, s]) => ({
        clientId: c.id,
        location,
        secretCipher: seal(s),
        secretLast4: last4(s),
      })),
    ),
  );
  return { created: fresh.length, secrets: fresh.filter((c) => c.secret?.secret).length, skipped };
}
