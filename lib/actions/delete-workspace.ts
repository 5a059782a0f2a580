"use server";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { deleteWorkspaceSchema } from "@/lib/workspaces/schemas";
import { formObject, type FormState } from "./form-state";

// Deletes the workspace with everything in it (clients, grants, callbacks, audit). The owner confirms
// by typing the slug. The audit trail goes with it, so the deletion is logged to the server log.
export async function deleteWorkspace(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "workspace:delete");
  const parsed = deleteWorkspaceSchema.safeParse(formObject(formData));
  if (!parsed.success || parsed.data.confirmSlug !== workspace.slug) {
    return { fieldErrors: { confirmSlug: [`Type ${workspace.slug} to confirm`] } };
  }
  await db.$transaction(async (tx) => {
    // The one other place audit events may go (see the append-only trigger): with their workspace.
    await tx.$executeRaw`SELECT set_config('audit.drop', 'on', true)`;
    await tx.workspace.delete({ where: { id: workspace.id } });
  });
  console.warn(`workspace ${workspace.id} (${workspace.slug}) deleted by user ${user.id}`);
  redirect("/");
}
