import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import { typeRuleIssues, type UpdateClientInput } from "./schemas";

// Saves a client's editable fields. Its type and provider are fixed at registration (as in Zoho), and
// the rules that depend on them are checked here, against the stored client.
export async function updateClient(ctx: Ctx, input: UpdateClientInput): Promise<FormState> {
  allow(ctx, "clients:write");
  const { clientId, redirectUris, ...data } = input;
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, clientId);
    const fixed = await tx.oAuthClient.findUniqueOrThrow({ where: { id: client.id }, select: { type: true, provider: true } });
    const issues = typeRuleIssues({ ...input, ...fixed });
    if (issues.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const { path, message } of issues) (fieldErrors[path] ??= []).push(message);
      return { message: "Please correct the highlighted fields.", fieldErrors };
    }
    await tx.oAuthClient.update({ where: { id: client.id }, data });
    await tx.redirectUri.deleteMany({ where: { clientId: client.id, uri: { notIn: redirectUris } } });
    const uris = redirectUris.map((uri) => ({ clientId: client.id, uri }));
    await tx.redirectUri.createMany({ data: uris, skipDuplicates: true });
    const { environment, homeDc, enabledDcs } = data;
    await recordClientEvent(tx, ctx, client, "client.updated", { environment, homeDc, enabledDcs, redirectUris });
    // The form shows what was saved (its fields are reset to these after the action).
    const values = {
      ...data,
      enabledDcs: data.enabledDcs.join(","),
      redirectUris: redirectUris.join("\n"),
      defaultScopes: data.defaultScopes.join(","),
    };
    return { ok: true, message: "Client saved.", values };
  });
}
