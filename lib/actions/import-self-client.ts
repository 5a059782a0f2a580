"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { SELF_CLIENT_CODE_LIFETIME, tokenErrorHint } from "@/lib/callbacks/describe-outcome";
import { requireMember } from "@/lib/auth/require-member";
import { appOrigin, sandboxOrigins } from "@/lib/config/app-origin";
import { apiDomainToStore } from "@/lib/zoho/match-api-domain";
import { env } from "@/lib/config/env";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { createGrant } from "@/lib/grants/create-grant";
import { metaFrom } from "@/lib/request-meta";
import { selfClientFileSchema } from "@/lib/schemas/self-client-file";
import { locationField } from "@/lib/data-centres/location-field";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import { requestToken } from "@/lib/zoho/request-token";
import { formObject, type FormState } from "./form-state";

const optionsSchema = z.object({
  name: z.string().trim().min(1, "Name the Self Client").max(80),
  location: locationField(),
  sandbox: z.string().optional(),
});

// Registers the Self Client from self_client.json and, while its code is valid, exchanges it at once
// (Self Client codes live 3–10 minutes and take no redirect_uri).
export async function importSelfClient(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "clients:write");
  const fields = formObject(formData);
  const values = { name: fields.name ?? "", location: fields.location ?? "us", sandbox: fields.sandbox ?? "" };
  const options = optionsSchema.safeParse(fields);
  if (!options.success) return { fieldErrors: z.flattenError(options.error).fieldErrors, values };
  const file = formData.get("file");
  const text = file instanceof File && file.size > 0 ? await file.text() : fields.json ?? "";
  if (!text.trim()) return { fieldErrors: { file: ["Choose self_client.json or paste its content"] }, values };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { fieldErrors: { json: ["This is not JSON: paste the whole self_client.json"] }, values };
  }
  const parsed = selfClientFileSchema.safeParse(json);
  if (!parsed.success) return { fieldErrors: { json: [parsed.error.issues[0].message] }, values };
  const self = parsed.data;
  const provider = options.data.sandbox === "on" && env().sandboxEnabled ? "SANDBOX" : "ZOHO";
  const location = options.data.location;
  const h = await headers();
  const meta = metaFrom(h);

  const client = await db.$transaction(async (tx) => {
    const existing = await tx.oAuthClient.findFirst({ where: { workspaceId: workspace.id, zohoClientId: self.client_id, provider }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const created = await tx.oAuthClient.create({
      data: {
        workspaceId: workspace.id, name: options.data.name, zohoClientId: self.client_id, type: "SELF", provider, homeDc: location,
        defaultScopes: self.scope, secretCipher: seal(self.client_secret), secretLast4: last4(self.client_secret), createdById: user.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "client.created", targetType: "client", targetId: created.id, data: { name: options.data.name, type: "SELF", zohoClientId: self.client_id, provider, homeDc: location, source: "self_client.json" }, ...meta });
    return { id: created.id, created: true };
  });
  revalidatePath(`/w/${workspace.slug}/clients`);
  const registered = client.created ? "Self Client registered." : "This Self Client was already registered.";
  if (!self.code) return { ok: true, message: `${registered} The file held no code to exchange.` };
  if (self.expiry_time && self.expiry_time < Date.now()) {
    return { ok: true, message: `${registered} Its code expired at ${new Date(self.expiry_time).toISOString().slice(11, 19)} UTC: generate a new one in the API console.` };
  }

  const server = startingAccountsServer(provider, location, env().sandboxEnabled ? appOrigin({ headers: h }) : null);
  if (!server) return { message: `${registered} The sandbox is off, so its code cannot be exchanged.` };
  const answer = await requestToken(server, { clientId: self.client_id, clientSecret: self.client_secret }, { grantType: "authorization_code", code: self.code });
  if (!answer.ok) return { ok: client.created, message: `${registered} Exchanging its code failed: ${tokenErrorHint(answer, SELF_CLIENT_CODE_LIFETIME) ?? answer.description ?? answer.error}` };
  const zohoUser = canReadUserInfo(answer.scopes ?? self.scope) ? await fetchUserInfo(server, answer.accessToken) : null;
  await db.$transaction((tx) => createGrant(tx, {
    workspaceId: workspace.id, clientId: client.id, userId: user.id, server, tokens: answer, requestedScopes: self.scope,
    apiDomain: apiDomainToStore(answer.apiDomain, server, sandboxOrigins()), zohoUser, via: { source: "self_client.json" }, meta,
  }));
  revalidatePath(`/w/${workspace.slug}/grants`);
  return { ok: true, message: `${registered} Code exchanged at ${server.url}: grant stored${answer.refreshToken ? ` with refresh token ••••${last4(answer.refreshToken)}` : " (no refresh token)"}.` };
}
