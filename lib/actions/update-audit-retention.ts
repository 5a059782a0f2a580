"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { applyRetention } from "@/lib/audit/apply-retention";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { formObject, invalid, type FormState } from "./form-state";

// Empty keeps every event. At least 30 days, so that no slip of a finger empties the trail.
const retentionSchema = z.object({
  auditRetentionDays: z.union([z.literal("").transform(() => null), z.coerce.number().int("Whole days").min(30, "At least 30 days").max(36_500, "At most 100 years")]),
});

export async function updateAuditRetention(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "workspace:manage");
  const input = formObject(formData);
  const parsed = retentionSchema.safeParse({ auditRetentionDays: (input.auditRetentionDays ?? "").trim() });
  if (!parsed.success) return invalid(parsed.error, input);
  const days = parsed.data.auditRetentionDays;
  const meta = await requestMeta();
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: workspace.id }, data: { auditRetentionDays: days } });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "workspace.retention_changed", targetType: "workspace", targetId: workspace.id, data: { auditRetentionDays: days }, ...meta });
  });
  if (days !== null) await applyRetention(workspace.id);
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return { ok: true, message: days === null ? "Audit events are kept forever." : `Audit events are kept ${days} days (whole months are dropped).`, values: input };
}
