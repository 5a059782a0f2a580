"use server";
// The workspace's form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first; a new workspace needs only a user).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/account/user-action";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { createWorkspace } from "./create-workspace";
import { deleteWorkspace } from "./delete-workspace";
import { renameWorkspace } from "./rename-workspace";
import { deleteWorkspaceSchema, limitsSchema, workspaceNameSchema } from "./schemas";
import { updateLimits } from "./update-limits";

export const updateLimitsAction = workspaceAction("workspace:manage", limitsSchema, async (ctx, input) => {
  const state = await updateLimits(ctx, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
  return state;
});

export const renameWorkspaceAction = workspaceAction("workspace:manage", workspaceNameSchema, async (ctx, input) => {
  const state = await renameWorkspace(ctx, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
  return state;
});

export const deleteWorkspaceAction = workspaceAction("workspace:delete", deleteWorkspaceSchema, async (ctx, input) => {
  const state = await deleteWorkspace(ctx, input);
  if (state.ok) redirect("/");
  return state;
});

export const createWorkspaceAction = userAction(
  workspaceNameSchema,
  async (ctx, input) => redirect(`/w/${await createWorkspace(ctx, input)}`),
  { echo: ["name"] },
);
