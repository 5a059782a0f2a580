import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { consoleAccountsServer } from "./console-accounts-server";
import { exchangeCode } from "./exchange-code";
import type { SelfClientFile } from "./schemas";
import { refreshTokenNote, selfClientRefusal } from "./self-client-grant";

export type ImportSelfClientInput = { name: string; location: string; provider: "ZOHO" | "SANDBOX"; file: SelfClientFile };

// Registers the Self Client from self_client.json and, while its code is valid, exchanges it at once
// (Self Client codes live 3–10 minutes and take no redirect_uri) with the one code exchange.
export async function importSelfClient(ctx: Ctx, { name, location, provider, file }: ImportSelfClientInput): Promise<FormState> {
  allow(ctx, "clients:write");
  const createdById = actorId(ctx);
  if (!createdById) return { message: "Only a signed-in member can register a Self Client." };
  const client = await db.$transaction(async (tx) => {
    const existing = await tx.oAuthClient.findFirst({
      where: { workspaceId: ctx.workspace.id, zohoClientId: file.client_id, provider },
      select: { id: true },
    });
    if (existing) return { id: existing.id, created: false };
    const created = await tx.oAuthClient.create({
      data: {
        workspaceId: ctx.workspace.id,
        name,
        zohoClientId: file.client_id,
        type: "SELF",
        provider,
        homeDc: location,
        defaultScopes: file.scope,
        secretCipher: seal(file.client_secret),
        secretLast4: last4(file.client_secret),
        createdById,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: createdById,
      action: "client.created",
      targetType: "client",
      targetId: created.id,
      data: { name, type: "SELF", zohoClientId: file.client_id, provider, homeDc: location, source: "self_client.json" },
      ...ctx.meta,
    });
    return { id: created.id, created: true };
  });
  const registered = client.created ? "Self Client registered." : "This Self Client was already registered.";
  if (!file.code) return { ok: true, message: `${registered} The file held no code to exchange.` };
  if (file.expiry_time && file.expiry_time < Date.now()) {
    return {
      ok: true,
      message: `${registered} Its code expired at ${new Date(file.expiry_time).toISOString().slice(11, 19)} UTC: generate a new one in the API console.`,
    };
  }

  const server = await consoleAccountsServer(provider, location);
  if (!server) return { message: `${registered} The sandbox is off, so its code cannot be exchanged.` };
  // The client as stored (just now, or before): its secret for this data centre is the one sent.
  const stored = await db.oAuthClient.findFirstOrThrow({
    where: { id: client.id, workspaceId: ctx.workspace.id },
    select: {
      id: true,
      workspaceId: true,
      zohoClientId: true,
      secretCipher: true,
      dcSecrets: { select: { location: true, secretCipher: true } },
    },
  });
  const exchanged = await exchangeCode(ctx, {
    client: stored,
    server,
    request: { grantType: "authorization_code", code: file.code },
    requestedScopes: file.scope,
    grant: { createdById, via: { source: "self_client.json" } },
  });
  if (!exchanged.ok) {
    const why =
      exchanged.reason === "no_secret"
        ? "the client has no secret in the console for this data centre."
        : selfClientRefusal(exchanged.answer);
    return { ok: client.created, message: `${registered} Exchanging its code failed: ${why}` };
  }
  const note = refreshTokenNote(exchanged.answer.refreshToken) || " (no refresh token)";
  return { ok: true, message: `${registered} Code exchanged at ${server.url}: grant stored${note}.` };
}
