import "server-only";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { consumeRegistration } from "./consume-registration";
import { createSandboxClient } from "./create-sandbox-client";
import { DEMO_NAME, demoClientName } from "./demo-client-name";
import { registerInConsole } from "./register-in-console";
import { sandboxEnabled } from "./require-sandbox";
import { sandboxClientSchema } from "./sandbox-client-schema";
import { tooManyRegistrations } from "./too-many-registrations";

// What the demo client asks for by default: the user's profile (user info) and the CRM user and org
// that the sandbox's api_domain answers (docs/sandbox.md: /api/crm/v8/users, /api/crm/v8/org). Scope
// names as Zoho spells them: docs/zoho.md, Scopes (https://www.zoho.com/crm/developer/docs/api/v8/scopes.html).
// A user with no organization (Sam Okafor) gets error=no_org for CRM scopes, as on Zoho (docs/zoho.md).
export const DEMO_SCOPES = ["AaaServer.profile.READ", "ZohoCRM.users.READ", "ZohoCRM.org.READ"];

export type TryState = FormState & { clientId?: string };

/**
 * The overview's "Try it with the sandbox": one Server-based client registered in the built-in sandbox
 * for this workspace (as in Zoho's API console: a name and an authorized redirect URI — Client
 * registration, https://www.zoho.com/accounts/protocol/oauth-setup.html) with this console's callback
 * as its redirect URI, then the same client registered here. Both through the usual services; the
 * secret goes from one to the other inside this call and is never returned.
 *
 * Every click makes a new client ("Sandbox demo", "Sandbox demo 2"…) rather than reusing one: a client
 * someone already used (or edited) is theirs, and a fresh one keeps the audit trail plain.
 *
 * Two writes, not one transaction: the sandbox's row stands for Zoho's side, which a real registration
 * could not roll back either. If the console's registration fails, the sandbox row is removed; if the
 * process dies in between, the sandbox console lists the client with "Register in workspace…".
 */
export async function trySandboxClient(ctx: Ctx, { callbackUrl }: { callbackUrl: string }): Promise<TryState> {
  allow(ctx, "clients:write");
  allow(ctx, "sandbox:write");
  allow(ctx, "authorize");
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console (ZOHO_SANDBOX=1 turns it on)." };
  if (ctx.actor.kind !== "member") throw new NotAllowedError("sandbox:write");
  const verdict = await consumeRegistration(ctx.actor.userId, ctx.meta.ip);
  if (!verdict.ok) return { message: tooManyRegistrations(verdict.retryAfterSeconds) };

  const taken = await db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id, name: { startsWith: DEMO_NAME } },
    select: { name: true },
  });
  const name = demoClientName(taken.map((c) => c.name));
  const sandboxInput = sandboxClientSchema.safeParse({ name, type: "SERVER", redirectUris: [callbackUrl] });
  if (!sandboxInput.success) return { message: "This console's callback URL is not a valid redirect URI: check APP_URL." };
  const { clientId: zohoClientId, clientSecret } = await createSandboxClient({ ...sandboxInput.data, workspaceId: ctx.workspace.id });
  const undo = () => db.sandboxClient.deleteMany({ where: { clientId: zohoClientId, workspaceId: ctx.workspace.id } });
  try {
    const { clientId, ...state } = await registerInConsole(ctx, {
      name,
      type: "SERVER",
      zohoClientId,
      clientSecret,
      redirectUris: sandboxInput.data.redirectUris,
      defaultScopes: DEMO_SCOPES,
      notes: "Registered by “Try it with the sandbox” on the overview: the same client exists in the sandbox's API console.",
    });
    if (!clientId) {
      await undo();
      return { message: state.message ?? "The console could not register the sandbox client." };
    }
    return { ok: true, clientId, message: `${name} is registered in the sandbox and in ${ctx.workspace.name}. Press Authorize next.` };
  } catch (error) {
    await undo().catch(() => undefined);
    throw error;
  }
}
