"use server";
// The workspace's form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first).
import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { limitsSchema } from "./schemas";
import { updateLimits } from "./update-limits";

export const updateLimitsAction = workspaceAction("workspace:manage", limitsSchema, async (ctx, input) => {
  const state = await updateLimits(ctx, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
  return state;
});
