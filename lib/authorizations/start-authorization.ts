import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { seal } from "@/lib/crypto/keyring";
import { randomToken, sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { buildAuthUrl } from "@/lib/zoho/build-auth-url";
import { CLIENT_TYPE_RULES } from "@/lib/zoho/client-types";
import { offersOrgConsent } from "@/lib/zoho/org-consent";
import { newPkcePair } from "@/lib/zoho/pkce";
import { consoleAccountsServer } from "./console-accounts-server";
import type { StartAuthorizationInput } from "./schemas";

/** How long a console-managed state is accepted by the callback. */
export const STATE_TTL_MS = 10 * 60 * 1000;

/** Where the browser goes next, or why it does not. */
export type Started = { redirectTo: string } | FormState;

// "Authorize": store a pending request bound to workspace, client, user and redirect URI under a
// random single-use state (kept only as a hash); the caller then sends the browser to the accounts server.
// `copied`: the URL is for the member to copy and open themselves ("Copy URL"), not a redirect now; the
// request is the same (single-use, bound to them, expiring), and its audit event says so.
export async function startAuthorization(ctx: Ctx, input: StartAuthorizationInput, { copied = false } = {}): Promise<Started> {
  allow(ctx, "authorize");
  const client = await db.oAuthClient.findFirst({
    where: { id: input.clientId, workspaceId: ctx.workspace.id, archivedAt: null },
    select: { id: true, zohoClientId: true, provider: true, type: true, redirectUris: { select: { uri: true } } },
  });
  if (!client) return { fieldErrors: { clientId: ["That client does not exist in this workspace"] } };
  if (!client.redirectUris.some((r) => r.uri === input.redirectUri)) {
    return { fieldErrors: { redirectUri: ["Pick one of the client's registered redirect URIs"] } };
  }
  if (input.orgWide && !offersOrgConsent(client.type)) {
    return { message: `Zoho offers org-wide consent to Server-based applications only, not to a ${CLIENT_TYPE_RULES[client.type].label}.` };
  }
  const server = await consoleAccountsServer(client.provider, input.location);
  if (!server) return { message: "The built-in sandbox is off, so this sandbox client cannot authorize." };

  const state = randomToken(24);
  // Mobile and non-browser clients must use PKCE; others may.
  const pkce = input.pkce || CLIENT_TYPE_RULES[client.type].pkce ? newPkcePair() : null;
  const userId = actorId(ctx);
  if (!userId) return { message: "Only a signed-in member can authorize: the grant is theirs." };
  await db.$transaction(async (tx) => {
    const request = await tx.authRequest.create({
      data: {
        workspaceId: ctx.workspace.id,
        clientId: client.id,
        userId,
        stateHash: sha256Hex(state),
        dc: input.location,
        redirectUri: input.redirectUri,
        scopes: input.scopes,
        accessType: input.accessType,
        prompt: input.promptConsent ? "consent" : null,
        expiresAt: new Date(Date.now() + STATE_TTL_MS),
        orgWide: input.orgWide,
        pkceVerifierCipher: pkce ? seal(pkce.verifier) : null,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: userId,
      action: "authorization.started",
      targetType: "client",
      targetId: client.id,
      data: {
        authRequestId: request.id,
        location: input.location,
        scopes: input.scopes,
        accessType: input.accessType,
        ...(input.orgWide && { orgWide: true }),
        ...(copied && { copied: true }),
      },
      ...ctx.meta,
    });
  });
  return {
    redirectTo: buildAuthUrl({
      accountsServer: server.url,
      clientId: client.zohoClientId,
      scopes: input.scopes,
      redirectUri: input.redirectUri,
      accessType: input.accessType,
      promptConsent: input.promptConsent,
      state,
      orgWide: input.orgWide,
      codeChallenge: pkce?.challenge,
    }),
  };
}
