"use server";
import { db } from "@/lib/db";
import { requireMember } from "@/lib/auth/require-member";
import { updateClientSchema } from "@/lib/schemas/client";
import { withoutNul } from "@/lib/without-nul";
import { withClient } from "./client-action";
import { formObject, invalid, type FormState } from "./form-state";

export async function updateClient(slug: string, clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { workspace } = await requireMember(slug, "clients:write");
  const fixed = await db.oAuthClient.findFirst({ where: { id: withoutNul(clientId), workspaceId: workspace.id }, select: { type: true, provider: true } });
  const input = formObject(formData);
  const parsed = updateClientSchema(fixed ?? { type: "SERVER", provider: "ZOHO" }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { redirectUris, ...data } = parsed.data;
  return withClient(slug, clientId, "clients:write", async ({ tx, client }) => {
    await tx.oAuthClient.update({ where: { id: client.id }, data });
    await tx.redirectUri.deleteMany({ where: { clientId: client.id, uri: { notIn: redirectUris } } });
    await tx.redirectUri.createMany({ data: redirectUris.map((uri) => ({ clientId: client.id, uri })), skipDuplicates: true });
    return { audit: { action: "client.updated", data: { environment: data.environment, homeDc: data.homeDc, enabledDcs: data.enabledDcs, redirectUris } }, result: { ok: true, message: "Client saved.", values: input } };
  });
}
