import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { newClientSecret } from "./generate-credentials";
import { registerInConsole } from "./register-in-console";
import { sandboxEnabled } from "./require-sandbox";

export type InWorkspaceState = FormState & { clientId?: string; name?: string };

/**
 * The sandbox console's "Register in workspace…": a sandbox client of the workspace becomes one of its
 * console clients, with no secret copied by hand.
 *
 * Zoho's API console shows a client's secret again in its Client Secret tab (Client registration,
 * https://www.zoho.com/accounts/protocol/oauth-setup.html); the sandbox keeps only a hash, so it cannot
 * hand over the secret it showed at registration. It issues the client a new secret instead (the old
 * one stops working — the page says so before the button) and seals the new one straight into the
 * console client. Nothing else changes: the client id, redirect URIs and grants already issued stay.
 * If the console's registration fails, the old secret is put back.
 */
export async function registerSandboxClientInWorkspace(ctx: Ctx, { clientId }: { clientId: string }): Promise<InWorkspaceState> {
  allow(ctx, "clients:write");
  allow(ctx, "sandbox:write");
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console (ZOHO_SANDBOX=1 turns it on)." };
  const workspaceId = ctx.workspace.id;
  const client = await db.sandboxClient.findFirst({
    where: { clientId: clientId.slice(0, 100), workspaceId },
    select: { clientId: true, name: true, type: true, redirectUris: true, secretHash: true },
  });
  if (!client) return { message: "No such sandbox client in this workspace." };
  const existing = await db.oAuthClient.findFirst({
    where: { workspaceId, provider: "SANDBOX", zohoClientId: client.clientId },
    select: { id: true, name: true },
  });
  if (existing) return { message: `${ctx.workspace.name} already has this client, as ${existing.name}.`, clientId: existing.id };

  const clientSecret = newClientSecret();
  const { count } = await db.sandboxClient.updateMany({
    where: { clientId: client.clientId, workspaceId, secretHash: client.secretHash },
    data: { secretHash: sha256Hex(clientSecret) },
  });
  if (count !== 1) return { message: "The sandbox client changed meanwhile. Reload the page and try again." };
  const putBack = () =>
    db.sandboxClient.updateMany({ where: { clientId: client.clientId, workspaceId }, data: { secretHash: client.secretHash } });
  try {
    const { clientId: id, ...state } = await registerInConsole(ctx, {
      name: client.name,
      type: client.type,
      zohoClientId: client.clientId,
      clientSecret,
      redirectUris: client.redirectUris,
    });
    if (!id) {
      await putBack();
      return { message: state.message ?? "The console could not register the sandbox client." };
    }
    return { ok: true, clientId: id, name: client.name, message: `${client.name} is registered in ${ctx.workspace.name}.` };
  } catch (error) {
    await putBack().catch(() => undefined);
    throw error;
  }
}
