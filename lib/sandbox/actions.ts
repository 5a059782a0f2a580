"use server";
// The sandbox API console's form actions (console-side, for one workspace the page bound): thin
// adapters from a form to a service; lib/auth/workspace-action.ts checks the member and sandbox:write
// and parses the form first. The sandbox's Zoho-shaped endpoints are route handlers, not these.
import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { createSandboxSelfClient } from "./create-sandbox-self-client";
import { registerSandboxClient } from "./register-sandbox-client";
import { sandboxClientSchema } from "./sandbox-client-schema";
import { selfClientSchema } from "./self-client-schema";

export const registerSandboxClientAction = workspaceAction("sandbox:write", sandboxClientSchema, async (ctx, input) => {
  const state = await registerSandboxClient(ctx, input);
  if (state.ok) revalidatePath("/sandbox/console");
  return state;
});

export const createSandboxSelfClientAction = workspaceAction("sandbox:write", selfClientSchema, async (ctx, input) => {
  const state = await createSandboxSelfClient(ctx, input);
  if (state.ok) revalidatePath("/sandbox/console");
  return state;
});
