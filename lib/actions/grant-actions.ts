"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { getAccessToken } from "@/lib/grants/get-access-token";
import { revokeGrant as revokeAtZoho } from "@/lib/grants/revoke-grant";
import { requestMeta } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";
import { formObject, type FormState } from "./form-state";

async function grantOf(workspaceId: string, grantId: string) {
  // A bound id with a NUL is no grant, not a query PostgreSQL refuses.
  return db.grant.findFirst({ where: { id: withoutNul(grantId), workspaceId }, select: { id: true } });
}

export async function refreshGrantNow(slug: string, grantId: string): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "grants:refresh");
  if (!(await grantOf(workspace.id, grantId))) return { message: "No such grant." };
  const result = await getAccessToken(grantId, { force: true, trigger: "console", actorId: user.id, meta: await requestMeta() });
  revalidatePath(`/w/${workspace.slug}/grants`, "layout");
  if (!result.ok) return { message: result.detail };
  return { ok: true, message: result.refreshed ? "New access token, valid for an hour." : "Refreshed a moment ago by someone else: using that token." };
}

export async function revokeGrant(slug: string, grantId: string): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "grants:revoke");
  if (!(await grantOf(workspace.id, grantId))) return { message: "No such grant." };
  const result = await revokeAtZoho(grantId, { id: user.id, ...(await requestMeta()) });
  revalidatePath(`/w/${workspace.slug}/grants`, "layout");
  return result;
}

const labelSchema = z.object({ label: z.string().trim().max(80, "At most 80 characters") });

export async function relabelGrant(slug: string, grantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "grants:refresh");
  const parsed = labelSchema.safeParse(formObject(formData));
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  if (!(await grantOf(workspace.id, grantId))) return { message: "No such grant." };
  const meta = await requestMeta();
  await db.$transaction(async (tx) => {
    await tx.grant.update({ where: { id: grantId }, data: { label: parsed.data.label } });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "grant.relabelled", targetType: "grant", targetId: grantId, data: { label: parsed.data.label }, ...meta });
  });
  revalidatePath(`/w/${workspace.slug}/grants`, "layout");
  return { ok: true, message: "Label saved.", values: { label: parsed.data.label } };
}
