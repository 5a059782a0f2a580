"use server";
// The grants' form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first). The grant id is bound to each form.
import { revalidatePath } from "next/cache";
import type { Ctx } from "@/lib/auth/context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { refreshGrant } from "./refresh-grant";
import { relabelGrant } from "./relabel-grant";
import { revokeGrant } from "./revoke-grant";
import { grantRefSchema, relabelGrantSchema, staleDaysSchema } from "./schemas";
import { updateStaleDays } from "./update-stale-days";

const grantsChanged = (ctx: Ctx) => revalidatePath(`/w/${ctx.workspace.slug}/grants`, "layout");

export const refreshGrantAction = workspaceAction(
  "grants:refresh",
  grantRefSchema,
  async (ctx, input) => {
    const state = await refreshGrant(ctx, input);
    grantsChanged(ctx);
    return state;
  },
  { bound: ["grantId"] },
);

export const revokeGrantAction = workspaceAction(
  "grants:revoke",
  grantRefSchema,
  async (ctx, input) => {
    const state = await revokeGrant(ctx, input);
    grantsChanged(ctx);
    return state;
  },
  { bound: ["grantId"] },
);

export const relabelGrantAction = workspaceAction(
  "grants:label",
  relabelGrantSchema,
  async (ctx, input) => {
    const state = await relabelGrant(ctx, input);
    grantsChanged(ctx);
    return state;
  },
  { bound: ["grantId"] },
);

export const updateStaleDaysAction = workspaceAction("workspace:manage", staleDaysSchema, async (ctx, input) => {
  const state = await updateStaleDays(ctx, input);
  grantsChanged(ctx);
  return state;
});
