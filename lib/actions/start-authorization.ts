"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { seal } from "@/lib/crypto/keyring";
import { randomToken, sha256Hex } from "@/lib/crypto/tokens";
import { CLIENT_TYPE_RULES } from "@/lib/zoho/client-types";
import { offersOrgConsent } from "@/lib/zoho/org-consent";
import { newPkcePair } from "@/lib/zoho/pkce";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { startAuthorizationSchema } from "@/lib/schemas/authorization";
import { buildAuthUrl } from "@/lib/zoho/build-auth-url";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import { formObject, invalid, type FormState } from "./form-state";

const STATE_TTL_MS = 10 * 60 * 1000;

// "Authorize": store a pending request bound to workspace, client, user and redirect URI under a
// random single-use state (kept only as a hash), then send the browser to the accounts server.
export async function startAuthorization(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "authorize");
  const input = formObject(formData);
  const parsed = startAuthorizationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data;
  const client = await db.oAuthClient.findFirst({
    where: { id: data.clientId, workspaceId: workspace.id, archivedAt: null },
    select: { id: true, zohoClientId: true, provider: true, type: true, redirectUris: { select: { uri: true } } },
  });
  if (!client) return { fieldErrors: { clientId: ["That client does not exist in this workspace"] }, values: input };
  if (!client.redirectUris.some((r) => r.uri === data.redirectUri)) {
    return { fieldErrors: { redirectUri: ["Pick one of the client's registered redirect URIs"] }, values: input };
  }
  if (data.orgWide && !offersOrgConsent(client.type)) {
    return { message: `Zoho offers org-wide consent to Server-based applications only, not to a ${CLIENT_TYPE_RULES[client.type].label}.`, values: input };
  }
  const h = await headers();
  const sandboxOrigin = env().sandboxEnabled ? appOrigin({ headers: h }) : null;
  const server = startingAccountsServer(client.provider, data.location, sandboxOrigin);
  if (!server) return { message: "The built-in sandbox is off, so this sandbox client cannot authorize.", values: input };

  const state = randomToken(24);
  // Mobile and non-browser clients must use PKCE; others may.
  const pkce = data.pkce || CLIENT_TYPE_RULES[client.type].pkce ? newPkcePair() : null;
  await db.$transaction(async (tx) => {
    const request = await tx.authRequest.create({
      data: {
        workspaceId: workspace.id, clientId: client.id, userId: user.id, stateHash: sha256Hex(state), dc: data.location,
        redirectUri: data.redirectUri, scopes: data.scopes, accessType: data.accessType,
        prompt: data.promptConsent ? "consent" : null, expiresAt: new Date(Date.now() + STATE_TTL_MS),
        orgWide: data.orgWide, pkceVerifierCipher: pkce ? seal(pkce.verifier) : null,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: workspace.id, actorId: user.id, action: "authorization.started", targetType: "client", targetId: client.id,
      data: { authRequestId: request.id, location: data.location, scopes: data.scopes, accessType: data.accessType, ...(data.orgWide && { orgWide: true }) },
      ...metaFrom(h),
    });
  });
  redirect(buildAuthUrl({
    accountsServer: server.url, clientId: client.zohoClientId, scopes: data.scopes, redirectUri: data.redirectUri,
    accessType: data.accessType, promptConsent: data.promptConsent, state, orgWide: data.orgWide, codeChallenge: pkce?.challenge,
  }));
}
