"use server";
// The bell's and the alert settings' form actions: thin adapters from a form to a service
// (lib/auth/workspace-action.ts checks the member and permission and parses the form first).
import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { updateAlertMail } from "./mail/update-alert-mail";
import { markAlertsRead } from "./mark-alerts-read";
import { alertMailSchema, markReadSchema } from "./schemas";

export const markAlertsReadAction = workspaceAction(
  "alerts:read",
  markReadSchema,
  async (ctx, input) => {
    const state = await markAlertsRead(ctx, input);
    // The bell is in the workspace's layout: every page of the workspace shows the new count.
    revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
    return state;
  },
  { bound: ["upTo"] },
);

export const updateAlertMailAction = workspaceAction("alerts:subscribe", alertMailSchema, async (ctx, input) => {
  const state = await updateAlertMail(ctx, input);
  if (state.ok) revalidatePath(`/w/${ctx.workspace.slug}/settings/notifications`);
  return state;
});
