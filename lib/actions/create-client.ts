"use server";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { env } from "@/lib/config/env";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { createClientSchema } from "@/lib/schemas/client";
import { formObject, invalid, withoutKeys, type FormState } from "./form-state";

export async function createClient(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "clients:write");
  const input = formObject(formData);
  const values = withoutKeys(input, ["clientSecret"]);
  const parsed = createClientSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, values);
  const data = parsed.data;
  if (data.provider === "SANDBOX" && !env().sandboxEnabled) {
    return { fieldErrors: { provider: ["The built-in sandbox is off on this console"] }, values };
  }
  const meta = await requestMeta();
  const client = await db.$transaction(async (tx) => {
    const created = await tx.oAuthClient.create({
      data: {
        workspaceId: workspace.id,
        name: data.name,
        provider: data.provider,
        zohoClientId: data.zohoClientId,
        type: data.type,
        homeDc: data.homeDc,
        enabledDcs: data.enabledDcs,
        environment: data.environment,
        defaultScopes: data.defaultScopes,
        notes: data.notes,
        secretCipher: data.clientSecret ? seal(data.clientSecret) : null,
        secretLast4: data.clientSecret ? last4(data.clientSecret) : null,
        createdById: user.id,
        redirectUris: { create: data.redirectUris.map((uri) => ({ uri })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: workspace.id, actorId: user.id, action: "client.created", targetType: "client", targetId: created.id,
      data: { name: data.name, type: data.type, zohoClientId: data.zohoClientId, provider: data.provider, homeDc: data.homeDc, enabledDcs: data.enabledDcs, secretLast4: data.clientSecret ? last4(data.clientSecret) : null },
      ...meta,
    });
    return created;
  });
  redirect(`/w/${workspace.slug}/clients?created=${client.id}`);
}
