"use server";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireUser } from "@/lib/auth/require-member";
import { uniqueSlug } from "@/lib/data/workspaces/unique-slug";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { workspaceNameSchema } from "@/lib/workspaces/schemas";
import { formObject, invalid, type FormState } from "./form-state";

export async function createWorkspace(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const input = formObject(formData);
  const parsed = workspaceNameSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const meta = await requestMeta();
  const slug = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('workspace-slugs'))`;
    const workspace = await tx.workspace.create({
      data: { name: parsed.data.name, slug: await uniqueSlug(tx, parsed.data.name), memberships: { create: { userId: user.id, role: "OWNER" } } },
    });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "workspace.created", targetType: "workspace", targetId: workspace.id, data: { name: workspace.name }, ...meta });
    return workspace.slug;
  });
  redirect(`/w/${slug}`);
}
