"use server";
import { pickClientSecret } from "@/lib/clients/pick-client-secret";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireMember } from "@/lib/auth/require-member";
import { SELF_CLIENT_CODE_LIFETIME, tokenErrorHint } from "@/lib/callbacks/describe-outcome";
import { appOrigin, sandboxOrigins } from "@/lib/config/app-origin";
import { apiDomainToStore } from "@/lib/zoho/match-api-domain";
import { env } from "@/lib/config/env";
import { unseal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { createGrant } from "@/lib/grants/create-grant";
import { metaFrom } from "@/lib/request-meta";
import { locationField } from "@/lib/data-centres/location-field";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import type { TokenRequest } from "@/lib/zoho/request-token";
import { requestToken } from "@/lib/zoho/request-token";
import { ZOHO_GRANT_CODE } from "@/lib/zoho/zoho-ids";
import { scopeListSchema } from "@/lib/schemas/scope-list";
import { formObject, type FormState } from "./form-state";

const base = z.object({ clientId: z.string().min(1, "Pick a Self Client"), location: locationField() });
const codeSchema = base.extend({ code: z.string().trim().regex(ZOHO_GRANT_CODE, "Paste the whole code from the API console (e.g. 1000.…)") });
// soid is "required based on the Zoho app" (Zoho Accounts, Self Client – client credentials flow,
// https://www.zoho.com/accounts/protocol/oauth/self-client/client-credentials-flow.html): only apps
// with several organizations or portals need it, and Zoho says so with missing_org_info.
const orgSchema = base.extend({
  scopes: scopeListSchema({ min: 1, minMessage: "Add the scopes" }),
  soid: z.string().trim().max(120).regex(/^([A-Za-z]+\.\d+)?$/, "soid is Service.orgId, e.g. ZohoCRM.10234695").transform((s) => s || undefined),
});

// A Self Client's grants: paste the code generated in Zoho's API console (no redirect URI), or ask
// for an organization's access token with client_credentials (and soid, for the apps that need it).
export async function exchangeSelfCode(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireMember(slug, "authorize");
  const parsed = codeSchema.safeParse(formObject(formData));
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { clientId: String(formData.get("clientId") ?? ""), location: String(formData.get("location") ?? "") } };
  return obtain(slug, parsed.data, { grantType: "authorization_code", code: parsed.data.code }, []);
}

export async function createOrgGrant(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireMember(slug, "authorize");
  const input = formObject(formData);
  const parsed = orgSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: input };
  const { scopes, soid } = parsed.data;
  return obtain(slug, parsed.data, { grantType: "client_credentials", scopes, soid }, scopes);
}

async function obtain(slug: string, target: { clientId: string; location: string }, request: TokenRequest, askedScopes: string[]): Promise<FormState> {
  const org = request.grantType === "client_credentials";
  const soid = org ? request.soid : undefined;
  const { user, workspace } = await requireMember(slug, "authorize");
  const client = await db.oAuthClient.findFirst({
    where: { id: target.clientId, workspaceId: workspace.id, type: "SELF", archivedAt: null },
    select: { id: true, zohoClientId: true, provider: true, secretCipher: true, dcSecrets: { select: { location: true, secretCipher: true } } },
  });
  // The target data centre's own secret when the client has one (Multi-DC with separate secrets).
  const secretCipher = client && pickClientSecret(client, target.location);
  if (!client || !secretCipher) return { fieldErrors: { clientId: ["Pick an active Self Client with a secret"] } };
  const h = await headers();
  const server = startingAccountsServer(client.provider, target.location, env().sandboxEnabled ? appOrigin({ headers: h }) : null);
  if (!server) return { message: "The built-in sandbox is off, so this sandbox client cannot get tokens." };
  const answer = await requestToken(server, { clientId: client.zohoClientId, clientSecret: unseal(secretCipher) }, request);
  if (!answer.ok) return { message: `Zoho refused: ${tokenErrorHint(answer, SELF_CLIENT_CODE_LIFETIME) ?? answer.description ?? answer.error}` };
  const zohoUser = !org && canReadUserInfo(answer.scopes ?? askedScopes) ? await fetchUserInfo(server, answer.accessToken) : null;
  await db.$transaction((tx) => createGrant(tx, {
    workspaceId: workspace.id, clientId: client.id, userId: user.id, server, tokens: answer, requestedScopes: askedScopes,
    apiDomain: apiDomainToStore(answer.apiDomain, server, sandboxOrigins()), zohoUser,
    // createGrant marks a grant with soid set (even "") as renewed by client_credentials.
    ...(org && { soid: soid ?? "" }),
    via: { source: org ? `client_credentials${soid ? ` (${soid})` : ""}` : "Self Client code" }, meta: metaFrom(h),
  }));
  revalidatePath(`/w/${workspace.slug}/grants`);
  return { ok: true, message: org ? `Organization grant stored${soid ? ` for ${soid}` : ""}.` : `Grant stored${answer.refreshToken ? ` with refresh token ••••${last4(answer.refreshToken)}` : ""}.` };
}
