"use server";
// The clients' form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first; a client id the page bound joins the
// input). Every change refreshes the clients' pages.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import type { Ctx } from "@/lib/auth/context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { cancelSecretRotation } from "./cancel-secret-rotation";
import { confirmSecretRotation } from "./confirm-secret-rotation";
import { createClient } from "./create-client";
import { removeDcSecret } from "./remove-dc-secret";
import { revealClientSecret } from "./reveal-client-secret";
import {
  clientRefSchema,
  createClientSchema,
  dcSecretSchema,
  removeDcSecretSchema,
  revealSecretSchema,
  secretSchema,
  setArchivedSchema,
  updateClientSchema,
} from "./schemas";
import { setClientArchived } from "./set-client-archived";
import { setDcSecret } from "./set-dc-secret";
import { startSecretRotation } from "./start-secret-rotation";
import { updateClient } from "./update-client";

function refreshed<S extends FormState>(ctx: Ctx, state: S): S {
  revalidatePath(`/w/${ctx.workspace.slug}/clients`, "layout");
  return state;
}

export const createClientAction = workspaceAction("clients:write", createClientSchema, async (ctx, input) => {
  const { clientId, ...state } = await createClient(ctx, input);
  if (!clientId) return state;
  redirect(`/w/${ctx.workspace.slug}/clients?created=${clientId}`);
});

const bound = { bound: ["clientId"] } as const;

export const updateClientAction = workspaceAction(
  "clients:write",
  updateClientSchema,
  async (ctx, input) => refreshed(ctx, await updateClient(ctx, input)),
  bound,
);

// Bound as (slug, clientId, "true" | "false"): the button archives or restores.
export const setClientArchivedAction = workspaceAction(
  "clients:write",
  setArchivedSchema,
  async (ctx, input) => refreshed(ctx, await setClientArchived(ctx, input)),
  { bound: ["clientId", "archived"] },
);

export const startSecretRotationAction = workspaceAction(
  "clients:write",
  secretSchema,
  async (ctx, input) => refreshed(ctx, await startSecretRotation(ctx, input)),
  bound,
);

export const confirmSecretRotationAction = workspaceAction(
  "clients:write",
  clientRefSchema,
  async (ctx, input) => refreshed(ctx, await confirmSecretRotation(ctx, input)),
  bound,
);

export const cancelSecretRotationAction = workspaceAction(
  "clients:write",
  clientRefSchema,
  async (ctx, input) => refreshed(ctx, await cancelSecretRotation(ctx, input)),
  bound,
);

export const setDcSecretAction = workspaceAction(
  "clients:write",
  dcSecretSchema,
  async (ctx, input) => refreshed(ctx, await setDcSecret(ctx, input)),
  bound,
);

// Bound as (slug, clientId, location): one button per data centre's secret.
export const removeDcSecretAction = workspaceAction(
  "clients:write",
  removeDcSecretSchema,
  async (ctx, input) => refreshed(ctx, await removeDcSecret(ctx, input)),
  { bound: ["clientId", "location"] },
);

export const revealClientSecretAction = workspaceAction(
  "secrets:reveal",
  revealSecretSchema,
  async (ctx, input) => refreshed(ctx, await revealClientSecret(ctx, input)),
  bound,
);
