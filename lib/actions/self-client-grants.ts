"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireMember } from "@/lib/auth/require-member";
import { TOKEN_ERROR_HINTS } from "@/lib/callback/outcomes";
import { appOrigin, sandboxOrigins } from "@/lib/config/app-origin";
import { apiDomainToStore } from "@/lib/zoho/match-api-domain";
import { env } from "@/lib/config/env";
import { unseal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { createGrant } from "@/lib/grants/create-grant";
import { metaFrom } from "@/lib/request-meta";
import { parseScopes } from "@/lib/zoho/build-auth-url";
import { locationField } from "@/lib/data-centres/location-field";
import { canReadUserInfo, fetchUserInfo } from "@/lib/zoho/fetch-user-info";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import type { TokenRequest } from "@/lib/zoho/request-token";
import { requestToken } from "@/lib/zoho/request-token";
import { formObject, type FormState } from "./form-state";

const base = z.object({ clientId: z.string().min(1, "Pick a Self Client"), location: locationField() });
const codeSchema = base.extend({ code: z.string().trim().regex(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/, "Paste the whole code from the API console (1000.…)") });
const orgSchema = base.extend({
  scopes: z.string().transform(parseScopes).pipe(z.array(z.string()).min(1, "Add the scopes")),
  soid: z.string().trim().regex(/^[A-Za-z]+\.\d+$/, "soid is Service.orgId, e.g. ZohoCRM.10234695"),
});

// A Self Client's grants: paste the code generated in Zoho's API console (no redirect URI), or ask
// for an organization's access token with client_credentials and soid.
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
  return obtain(slug, parsed.data, { grantType: "client_credentials", scopes, soid }, scopes, soid);
}

async function obtain(slug: string, target: { clientId: string; location: string }, request: TokenRequest, askedScopes: string[], soid?: string): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "authorize");
  const client = await db.oAuthClient.findFirst({
    where: { id: target.clientId, workspaceId: workspace.id, type: "SELF", archivedAt: null },
    select: { id: true, zohoClientId: true, provider: true, secretCipher: true },
  });
  if (!client?.secretCipher) return { fieldErrors: { clientId: ["Pick an active Self Client with a secret"] } };
  const h = await headers();
  const server = startingAccountsServer(client.provider, target.location, env().sandboxEnabled ? appOrigin({ headers: h }) : null);
  if (!server) return { message: "The built-in sandbox is off, so this sandbox client cannot get tokens." };
  const answer = await requestToken(server, { clientId: client.zohoClientId, clientSecret: unseal(client.secretCipher) }, request);
  if (!answer.ok) return { message: `Zoho refused: ${TOKEN_ERROR_HINTS[answer.error] ?? answer.description ?? answer.error}` };
  const zohoUser = !soid && canReadUserInfo(answer.scopes ?? askedScopes) ? await fetchUserInfo(server, answer.accessToken) : null;
  await db.$transaction((tx) => createGrant(tx, {
    workspaceId: workspace.id, clientId: client.id, userId: user.id, server, tokens: answer, requestedScopes: askedScopes,
    apiDomain: apiDomainToStore(answer.apiDomain, server, sandboxOrigins()), zohoUser, soid,
    via: { source: soid ? `client_credentials (${soid})` : "Self Client code" }, meta: metaFrom(h),
  }));
  revalidatePath(`/w/${workspace.slug}/grants`);
  return { ok: true, message: soid ? `Organization grant stored for ${soid}.` : `Grant stored${answer.refreshToken ? ` with refresh token ••••${last4(answer.refreshToken)}` : ""}.` };
}
