"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { newApiKey } from "@/lib/api-keys/key-format";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { apiKeySchema } from "@/lib/schemas/api-key";
import { formObject, invalid, type FormState } from "./form-state";

export type ApiKeyState = FormState & { key?: string; name?: string };

// The key is returned once, in this answer; only its prefix and hash are stored.
export async function createApiKey(slug: string, _prev: ApiKeyState, formData: FormData): Promise<ApiKeyState> {
  const { user, workspace } = await requireMember(slug, "apikeys:manage");
  const input = formObject(formData);
  const parsed = apiKeySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { name, grantIds, expiresAt } = parsed.data;
  const { key, prefix, hash } = newApiKey();
  const h = await headers();
  const created = await db.$transaction(async (tx) => {
    // Every picked grant must be one of this workspace's; a stale or foreign id refuses the whole key.
    const found = grantIds.length ? await tx.grant.count({ where: { workspaceId: workspace.id, id: { in: grantIds } } }) : 0;
    if (found !== grantIds.length) return false;
    const row = await tx.apiKey.create({ data: { workspaceId: workspace.id, name, prefix, hash, grantIds, expiresAt, createdById: user.id }, select: { id: true } });
    await recordAuditEvent(tx, {
      workspaceId: workspace.id, actorId: user.id, action: "apikey.created", targetType: "api_key", targetId: row.id,
      data: { name, prefix, scope: grantIds.length ? "grants" : "all", grantCount: grantIds.length, expiresAt: expiresAt?.toISOString() ?? null },
      ...metaFrom(h),
    });
    return true;
  });
  if (!created) return { message: "Please correct the highlighted fields.", fieldErrors: { grantIds: ["Some of these grants are not in this workspace any more; reload and pick again"] }, values: input };
  revalidatePath(`/w/${workspace.slug}/settings/api-keys`);
  return { ok: true, message: `API key “${name}” created.`, key, name };
}
