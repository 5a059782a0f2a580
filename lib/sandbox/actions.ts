"use server";
// The sandbox API console's form actions (console-side, for one workspace the page bound): thin
// adapters from a form to a service; lib/auth/workspace-action.ts checks the member and sandbox:write
// and parses the form first. The sandbox's Zoho-shaped endpoints are route handlers, not these.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { consoleCallbackUrl } from "@/lib/authorizations/console-callbacks";
import { createSandboxSelfClient } from "./create-sandbox-self-client";
import { registerSandboxClient } from "./register-sandbox-client";
import { registerSandboxClientInWorkspace } from "./register-sandbox-client-in-workspace";
import { sandboxClientSchema } from "./sandbox-client-schema";
import { selfClientSchema } from "./self-client-schema";
import { trySandboxClient } from "./try-sandbox-client";

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

// The overview's "Try it with the sandbox": nothing from the form is used; the redirect URI is this
// console's callback (lib/authorizations/console-callbacks.ts). The answer names the new client; the page opens the
// builder for it (/w/<slug>/authorize?client=<id>).
export const trySandboxClientAction = workspaceAction("clients:write", z.object({}), async (ctx) => {
  const state = await trySandboxClient(ctx, { callbackUrl: consoleCallbackUrl(await headers()) });
  if (state.ok) {
    revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
    revalidatePath("/sandbox/console");
  }
  return state;
});

// The sandbox console's "Register in workspace…", bound as (slug, clientId).
export const registerSandboxClientInWorkspaceAction = workspaceAction(
  "clients:write",
  z.object({ clientId: z.string() }),
  async (ctx, input) => {
    const state = await registerSandboxClientInWorkspace(ctx, input);
    if (state.ok) {
      revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
      revalidatePath("/sandbox/console");
    }
    return state;
  },
  { bound: ["clientId"] },
);
