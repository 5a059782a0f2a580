"use server";
// The webhook settings' form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first).
import { revalidatePath } from "next/cache";
import type { Ctx } from "@/lib/auth/context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { createEndpoint } from "./create-endpoint";
import { deleteEndpoint } from "./delete-endpoint";
import { redeliver } from "./redeliver";
import { endpointEnabledSchema, endpointRefSchema, endpointSchema, deliveryRefSchema } from "./schemas";
import { sendTestEvent } from "./send-test-event";
import { setEndpointEnabled } from "./set-endpoint-enabled";

const changed = (ctx: Ctx, endpointId?: string) =>
  revalidatePath(`/w/${ctx.workspace.slug}/settings/webhooks${endpointId ? `/${endpointId}` : ""}`);

// The state carries the signing secret (EndpointState), shown once; workspaceAction passes it through whole.
export const createEndpointAction = workspaceAction("webhooks:manage", endpointSchema, async (ctx, input) => {
  const state = await createEndpoint(ctx, input);
  if (state.ok) changed(ctx);
  return state;
});

export const setEndpointEnabledAction = workspaceAction(
  "webhooks:manage",
  endpointEnabledSchema,
  async (ctx, input) => {
    const state = await setEndpointEnabled(ctx, input);
    changed(ctx, input.endpointId);
    return state;
  },
  { bound: ["endpointId", "enabled"] },
);

export const deleteEndpointAction = workspaceAction(
  "webhooks:manage",
  endpointRefSchema,
  async (ctx, input) => {
    const state = await deleteEndpoint(ctx, input);
    changed(ctx);
    return state;
  },
  { bound: ["endpointId"] },
);

export const sendTestEventAction = workspaceAction(
  "webhooks:manage",
  endpointRefSchema,
  async (ctx, input) => {
    const state = await sendTestEvent(ctx, input);
    changed(ctx, input.endpointId);
    return state;
  },
  { bound: ["endpointId"] },
);

export const redeliverAction = workspaceAction(
  "webhooks:manage",
  deliveryRefSchema,
  async (ctx, input) => {
    const state = await redeliver(ctx, input);
    changed(ctx, input.endpointId);
    return state;
  },
  { bound: ["endpointId", "deliveryId"] },
);
