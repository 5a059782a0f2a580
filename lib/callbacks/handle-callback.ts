import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import { unseal } from "@/lib/crypto/keyring";
import { claimAuthRequest } from "./claim-auth-request";
import { finishCallback } from "./finish-callback";
import { failCallback, recordCallback } from "./record-callback";
import { errorFields, log } from "@/lib/log/logger";

/**
 * The callback's context is smaller than a workspace service's: Zoho redirects a browser here, so there
 * is no workspace and no permission yet — only the request's meta and whoever is signed in (null for
 * nobody). The state, once matched, decides the workspace; it is honoured only for the user who started
 * the authorization (claim-auth-request.ts).
 */
export type CallbackCtx = { userId: string | null; meta: RequestMeta };

// GET /oauth/callback, step by step: record → match and consume the state → check the accounts
// server → exchange the code at once → store the grant. Returns the callback event's id.
export async function handleCallback(ctx: CallbackCtx, { params }: { params: URLSearchParams }): Promise<string> {
  const id = await recordCallback(ctx, { params });
  await guard(id, async () => {
    const state = params.get("state");
    if (!state) return failCallback(id, { outcome: "missing_state" });
    const claim = await claimAuthRequest(ctx, { state, callbackId: id });
    if (!claim.request) return failCallback(id, { outcome: claim.outcome });
    const { request } = claim;
    const link = { workspaceId: request.workspaceId, clientId: request.clientId, authRequestId: request.id };
    if (claim.outcome) return failCallback(id, { ...link, outcome: claim.outcome });
    return finishCallback(ctx, {
      id,
      params,
      link,
      client: request.client,
      redirectUri: request.redirectUri,
      codeVerifier: request.pkceVerifierCipher ? unseal(request.pkceVerifierCipher) : undefined,
      asked: request,
      userId: request.userId,
      via: { authRequestId: request.id },
    });
  });
  return id;
}

/** Whatever fails after the callback was recorded leaves the record, marked, never a 500. */
export async function guard(id: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    log.error({ callbackId: id, ...errorFields(error) }, "callback failed");
    await failCallback(id, { outcome: "internal_error" }).catch(() => undefined);
  }
}
