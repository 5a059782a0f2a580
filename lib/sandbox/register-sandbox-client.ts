import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { consumeRegistration } from "./consume-registration";
import { createSandboxClient } from "./create-sandbox-client";
import { sandboxEnabled } from "./require-sandbox";
import type { SandboxClientInput } from "./sandbox-client-schema";
import { tooManyRegistrations } from "./too-many-registrations";
import { errorName, log } from "@/lib/log/logger";

export type RegisterState = FormState & { created?: { name: string; clientId: string; clientSecret: string; workspace: string } };

// The sandbox API console's "Register", for the actor's workspace: the secret comes back once, in this
// answer only. Counts as a registration (per user and per address).
export async function registerSandboxClient(ctx: Ctx, input: SandboxClientInput): Promise<RegisterState> {
  allow(ctx, "sandbox:write");
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console." };
  // The registration limits count people (and their addresses).
  if (ctx.actor.kind !== "member") throw new NotAllowedError("sandbox:write");
  const verdict = await consumeRegistration(ctx.actor.userId, ctx.meta.ip);
  if (!verdict.ok) return { message: tooManyRegistrations(verdict.retryAfterSeconds) };
  try {
    const created = await createSandboxClient({ ...input, workspaceId: ctx.workspace.id });
    return { ok: true, created: { name: input.name, workspace: ctx.workspace.name, ...created } };
  } catch (error) {
    log.error({ error: errorName(error) }, "sandbox: registering a client failed");
    return { message: "The sandbox could not save the client. Try again in a moment." };
  }
}
