import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { evictTokenCache } from "@/lib/token-cache/evict-token-cache";
import { emitGrantAlert } from "@/lib/webhooks/emit-grant-alert";
import { revokeToken } from "@/lib/zoho/revoke-token";
import { grantServer } from "./grant-server";
import type { GrantRef } from "./schemas";

/**
 * How one revoke ended, for callers that act on it (bulk revoke retries `retryable` ones):
 * - revoked: revoked at Zoho (or Zoho no longer knew the token) and here, audited `grant.revoked`;
 * - already: the grant was revoked here before (nothing done, nothing audited);
 * - retryable: Zoho could not be reached or is rate-limiting; nothing changed, the grant stays active;
 * - failed: it cannot be revoked as it stands (no such grant, its accounts server is not allowed); nothing changed.
 */
export type RevokeOutcome = { result: "revoked" | "already" | "retryable" | "failed"; message: string };

// Revoke at Zoho first, then locally. If Zoho cannot be reached the grant stays active — a grant
// marked revoked here but alive at Zoho would be a lie.
export async function revokeGrantOutcome(ctx: Ctx, input: GrantRef): Promise<RevokeOutcome> {
  allow(ctx, "grants:revoke");
  const grant = await db.grant.findFirst({
    where: { id: input.grantId, workspaceId: ctx.workspace.id },
    select: { id: true, status: true, accountsServer: true, refreshCipher: true, refreshLast4: true },
  });
  if (!grant) return { result: "failed", message: "No such grant." };
  if (grant.status === "REVOKED") return { result: "already", message: "The grant was already revoked." };
  let atZoho = "no refresh token to revoke at Zoho";
  let alreadyRevokedAtZoho = false;
  if (grant.refreshCipher) {
    const server = grantServer(grant.accountsServer);
    if (!server)
      return {
        result: "failed",
        message: "The grant's accounts server is not allowed any more (is the sandbox off?); nothing was revoked.",
      };
    const answer = await revokeToken(server, unseal(grant.refreshCipher));
    if (answer.outcome === "unreachable")
      return { result: "retryable", message: `Zoho could not be reached (${answer.error}); the grant stays active. Try again later.` };
    if (answer.outcome === "rate-limited")
      return {
        result: "retryable",
        message:
          "Zoho is rate-limiting this client (too many requests); nothing was revoked and the grant stays active. Try again in a few minutes.",
      };
    // HTTP 400: Zoho no longer knows the token (revoked by the user or an admin, or evicted) — gone either way.
    alreadyRevokedAtZoho = answer.outcome === "already-revoked";
    atZoho =
      answer.outcome === "already-revoked"
        ? `already revoked at Zoho (Zoho answered ${answer.error.slice(0, 60)}: it no longer knows the token)`
        : "revoked at Zoho";
  }
  await db.$transaction(async (tx) => {
    await tx.grant.update({
      where: { id: grant.id },
      data: { status: "REVOKED", revokedAt: new Date(), revokedById: actorId(ctx), accessCipher: null, accessExpiresAt: null },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "grant.revoked",
      targetType: "grant",
      targetId: grant.id,
      data: { refreshTokenLast4: grant.refreshLast4, atZoho, alreadyRevokedAtZoho },
      ...ctx.meta,
    });
    await emitGrantAlert(tx, { id: grant.id, workspaceId: ctx.workspace.id }, "grant.revoked", {
      reason: `Revoked in the console (${atZoho}).`,
    });
  });
  await evictTokenCache({ grantIds: [grant.id] });
  return {
    result: "revoked",
    message: alreadyRevokedAtZoho
      ? "Grant revoked: Zoho had already revoked its refresh token (by the user, an admin, or Zoho's cap of refresh tokens per user)."
      : `Grant revoked (${atZoho}).`,
  };
}

/** The grant page's (and the access review's) revoke, as a form answer. */
export async function revokeGrant(ctx: Ctx, input: GrantRef): Promise<FormState> {
  const { result, message } = await revokeGrantOutcome(ctx, input);
  return { ok: result === "revoked" || result === "already", message };
}
