"use server";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";
import type { FormState } from "./form-state";

// A revoked key stops working at once (authenticateApiKey checks revokedAt on every call).
export async function revokeApiKey(slug: string, keyId: string): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "apikeys:manage");
  const meta = await requestMeta();
  const revoked = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: withoutNul(keyId), workspaceId: workspace.id, revokedAt: null }, select: { id: true, name: true, prefix: true } });
    // Conditional on revokedAt still being empty, so two revokes at once audit one revocation.
    const { count } = key ? await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date() } }) : { count: 0 };
    if (!key || !count) return null;
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "apikey.revoked", targetType: "api_key", targetId: key.id, data: { name: key.name, prefix: key.prefix }, ...meta });
    return key;
  });
  revalidatePath(`/w/${workspace.slug}/settings/api-keys`);
  return revoked ? { ok: true, message: `API key “${revoked.name}” revoked.` } : { ok: false, message: "This key is already revoked." };
}
