"use server";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { workspaceNameSchema } from "@/lib/workspaces/schemas";
import { formObject, invalid, type FormState } from "./form-state";

// Renames keep the slug, so every link and bookmark keeps working.
export async function renameWorkspace(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "workspace:manage");
  const input = formObject(formData);
  const parsed = workspaceNameSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const meta = await requestMeta();
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: workspace.id }, data: { name: parsed.data.name } });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "workspace.renamed", targetType: "workspace", targetId: workspace.id, data: { from: workspace.name, to: parsed.data.name }, ...meta });
  });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return { ok: true, message: "Workspace renamed.", values: { name: parsed.data.name } };
}
