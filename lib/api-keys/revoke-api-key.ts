import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { evictTokenCache } from "@/lib/token-cache/evict-token-cache";
import type { ApiKeyRef } from "./schemas";

// A revoked key stops working at once: its row is evicted from the token cache here and on every other instance.
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
  if (revoked) await evictTokenCache({ keyIds: [revoked.id] });
  return revoked ? { ok: true, message: `API key “${revoked.name}” revoked.` } : { ok: false, message: "This key is already revoked." };
}
