import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { consumeRegistration } from "./consume-registration";
import { createSelfClient } from "./create-self-client";
import { sandboxEnabled } from "./require-sandbox";
import type { SelfClientInput } from "./self-client-schema";
import { tooManyRegistrations } from "./too-many-registrations";

export type SelfClientState = FormState & { selfClientJson?: string };

// "Create Self Client and code" in the sandbox API console, for the actor's workspace: counts as a
// registration (per user and per address). The file is shown once, like the secret of any new client.
export async function createSandboxSelfClient(ctx: Ctx, input: SelfClientInput): Promise<SelfClientState> {
  allow(ctx, "sandbox:write");
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console." };
  // The registration limits count people (and their addresses).
  if (ctx.actor.kind !== "member") throw new NotAllowedError("sandbox:write");
  const verdict = await consumeRegistration(ctx.actor.userId, ctx.meta.ip);
  if (!verdict.ok) return { message: tooManyRegistrations(verdict.retryAfterSeconds) };
  const file = await createSelfClient({
    name: input.name,
    scopes: input.scope,
    minutes: input.minutes,
    user: input.user,
    workspaceId: ctx.workspace.id,
  });
  return { ok: true, selfClientJson: JSON.stringify(file) };
}
