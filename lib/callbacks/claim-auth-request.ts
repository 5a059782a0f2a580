import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { CallbackCtx } from "./handle-callback";
import { updateCallback, type FailedOutcome } from "./record-callback";

// Finds the authorization request a callback's state belongs to and consumes it (single use).
// A state is only honoured for the console user who started it: otherwise anyone could send a
// victim a consent link with their own state and collect the victim's Zoho grant.
export async function claimAuthRequest(ctx: CallbackCtx, { state, callbackId }: { state: string; callbackId: string }) {
  const request = await db.authRequest.findUnique({
    where: { stateHash: sha256Hex(state) },
    omit: { pkceVerifierCipher: false },
    include: {
      client: {
        select: {
          id: true,
          zohoClientId: true,
          provider: true,
          secretCipher: true,
          dcSecrets: { select: { location: true, secretCipher: true } },
        },
      },
    },
  });
  if (!request) return { outcome: "unknown_state" as FailedOutcome };
  const refuse = (outcome: FailedOutcome) => ({ outcome, request });
  if (request.consumedAt) return refuse("state_reused");
  if (request.expiresAt.getTime() <= Date.now()) return refuse("state_expired");
  if (request.userId !== ctx.userId) return refuse("wrong_user");
  // The conditional update makes two racing callbacks with one state succeed at most once. The
  // callback is linked to the request in the same transaction: a callback cut short by a crash after
  // this point still shows in its workspace, as the one that spent the state.
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.authRequest.updateMany({
      where: { id: request.id, consumedAt: null, expiresAt: { gt: new Date() } },
      data: { consumedAt: new Date() },
    });
    if (count === 1)
      await updateCallback(tx, callbackId, {
        workspaceId: request.workspaceId,
        clientId: request.clientId,
        authRequestId: request.id,
        outcome: "received",
      });
    return count === 1;
  });
  if (!claimed) return refuse("state_reused");
  return { outcome: null, request };
}
