"use server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { savePresetSchema } from "@/lib/schemas/preset";
import { formObject, invalid, type FormState } from "./form-state";

// Saves (or replaces, by name) the builder's settings for a client, for the whole workspace.
export async function savePreset(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "authorize");
  const input = formObject(formData);
  const parsed = savePresetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { name: input.name ?? "" });
  const { clientId, name, settings } = parsed.data;
  const client = await db.oAuthClient.findFirst({ where: { id: clientId, workspaceId: workspace.id }, select: { id: true } });
  if (!client) return { message: "That client is not in this workspace." };
  await db.authPreset.upsert({
    where: { clientId_name: { clientId, name } },
    create: { workspaceId: workspace.id, clientId, name, settings, createdById: user.id },
    update: { settings },
  });
  revalidatePath(`/w/${workspace.slug}/authorize`);
  return { ok: true, message: `Preset “${name}” saved for the team.` };
}
