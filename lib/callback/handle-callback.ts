import "server-only";
import { unseal } from "@/lib/crypto/keyring";
import { claimAuthRequest } from "./claim-auth-request";
import { finishCallback } from "./finish-callback";
import { recordCallback, updateCallback } from "./record-callback";

type CallbackInput = {
  params: URLSearchParams;
  userId: string | null;
  /** The console's own origin when the sandbox is on (its accounts servers are then allowed), else null. */
  meta: { ip: string | null; userAgent: string | null };
};

// GET /oauth/callback, step by step: record → match and consume the state → check the accounts
// server → exchange the code at once → store the grant. Returns the callback event's id.
export async function handleCallback({ params, userId, meta }: CallbackInput): Promise<string> {
  const id = await recordCallback(params, meta);
  await guard(id, async () => {
    const state = params.get("state");
    if (!state) return updateCallback(id, { outcome: "missing_state" });
    const claim = await claimAuthRequest(state, userId, id);
    if (!claim.request) return updateCallback(id, { outcome: claim.outcome });
    const { request } = claim;
    const link = { workspaceId: request.workspaceId, clientId: request.clientId, authRequestId: request.id };
    if (claim.outcome) return updateCallback(id, { ...link, outcome: claim.outcome });
    return finishCallback({
      id, params, link, client: request.client, redirectUri: request.redirectUri,
      codeVerifier: request.pkceVerifierCipher ? unseal(request.pkceVerifierCipher) : undefined,
      asked: request, userId: request.userId, via: { authRequestId: request.id }, meta,
    });
  });
  return id;
}

/** Whatever fails after the callback was recorded leaves the record, marked, never a 500. */
export async function guard(id: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    console.error(`callback ${id} failed:`, error instanceof Error ? error.message : "unknown error");
    await updateCallback(id, { outcome: "internal_error" }).catch(() => undefined);
  }
}
