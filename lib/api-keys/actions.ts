"use server";
// The API keys' form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first).
import { revalidatePath } from "next/cache";
import type { Ctx } from "@/lib/auth/context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { apiKeyRefSchema, apiKeySchema } from "./schemas";

const keysChanged = (ctx: Ctx) => revalidatePath(`/w/${ctx.workspace.slug}/settings/api-keys`);

// The state carries the new key (ApiKeyState), shown once; workspaceAction passes it through whole.
export const createApiKeyAction = workspaceAction("apikeys:manage", apiKeySchema, async (ctx, input) => {
  const state = await createApiKey(ctx, input);
  if (state.ok) keysChanged(ctx);
  return state;
});

export const revokeApiKeyAction = workspaceAction(
  "apikeys:manage",
  apiKeyRefSchema,
  async (ctx, input) => {
    const state = await revokeApiKey(ctx, input);
    keysChanged(ctx);
    return state;
  },
  { bound: ["keyId"] },
);
