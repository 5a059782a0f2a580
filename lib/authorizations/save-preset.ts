import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { SavePresetInput } from "./schemas";

// Saves (or replaces, by name) the builder's settings for a client, for the whole workspace.
export async function savePreset(ctx: Ctx, { clientId, name, settings }: SavePresetInput): Promise<FormState> {
  allow(ctx, "authorize");
  const client = await db.oAuthClient.findFirst({ where: { id: clientId, workspaceId: ctx.workspace.id }, select: { id: true } });
  const createdById = actorId(ctx);
  if (!client || !createdById) return { message: "That client is not in this workspace." };
  await db.authPreset.upsert({
    // The client was found in this workspace, so its presets are too (the unique key is per client).
    where: { clientId_name: { clientId: client.id, name } },
    create: { workspaceId: ctx.workspace.id, clientId: client.id, name, settings, createdById },
    update: { settings },
  });
  return { ok: true, message: `Preset “${name}” saved for the team.` };
}
