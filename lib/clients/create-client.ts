import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import type { FormState } from "@/lib/forms/form-state";
import { env } from "@/lib/config/env";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { CreateClientInput } from "./schemas";

// Registers a client created in Zoho's API console (or the built-in sandbox's): its secret sealed, only
// its last 4 characters kept in the clear and in the audit trail.
export async function createClient(ctx: Ctx, input: CreateClientInput): Promise<FormState & { clientId?: string }> {
  allow(ctx, "clients:write");
  // A client names the person who registered it (createdById): API keys and jobs register none.
  const { actor } = ctx;
  if (actor.kind !== "member") throw new NotAllowedError("clients:write");
  if (input.provider === "SANDBOX" && !env().sandboxEnabled)
    return { fieldErrors: { provider: ["The built-in sandbox is off on this console"] } };
  const secretLast4 = input.clientSecret ? last4(input.clientSecret) : null;
  const client = await db.$transaction(async (tx) => {
    const created = await tx.oAuthClient.create({
      data: {
        workspaceId: ctx.workspace.id,
        name: input.name,
        provider: input.provider,
        zohoClientId: input.zohoClientId,
        type: input.type,
        homeDc: input.homeDc,
        enabledDcs: input.enabledDcs,
        environment: input.environment,
        defaultScopes: input.defaultScopes,
        notes: input.notes,
        secretCipher: input.clientSecret ? seal(input.clientSecret) : null,
        secretLast4,
        createdById: actor.userId,
        redirectUris: { create: input.redirectUris.map((uri) => ({ uri })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "client.created",
      targetType: "client",
      targetId: created.id,
      data: {
        name: input.name,
        type: input.type,
        zohoClientId: input.zohoClientId,
        provider: input.provider,
        homeDc: input.homeDc,
        enabledDcs: input.enabledDcs,
        secretLast4,
      },
      ...ctx.meta,
    });
    return created;
  });
  return { ok: true, clientId: client.id };
}
