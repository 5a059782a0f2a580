import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { ApiKeyRef } from "./schemas";

// A revoked key stops working at once (authenticateApiKey checks revokedAt on every call).
export async function revokeApiKey(ctx: Ctx, input: ApiKeyRef): Promise<FormState> {
  allow(ctx, "apikeys:manage");
  const revoked = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: input.keyId, workspaceId: ctx.workspace.id, revokedAt: null },
      select: { id: true, name: true, prefix: true },
    });
    // Conditional on revokedAt still being empty, so two revokes at once audit one revocation.
    const { count } = key
      ? await tx.apiKey.updateMany({
          where: { id: key.id, workspaceId: ctx.workspace.id, revokedAt: null },
          data: { revokedAt: new Date() },
        })
      : { count: 0 };
    if (!key || !count) return null;
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "apikey.revoked",
      targetType: "api_key",
      targetId: key.id,
      data: { name: key.name, prefix: key.prefix },
      ...ctx.meta,
    });
    return key;
  });
  return revoked ? { ok: true, message: `API key “${revoked.name}” revoked.` } : { ok: false, message: "This key is already revoked." };
}
