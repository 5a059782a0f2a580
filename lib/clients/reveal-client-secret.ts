import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { checkCurrentPassword } from "@/lib/auth/check-current-password";
import { allow, NotAllowedError, type Ctx } from "@/lib/auth/context";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import type { RevealSecretInput } from "./schemas";

export type RevealState = FormState & { secret?: string };

// The only way a client secret reaches a browser: an admin re-enters their password, and the
// reveal is audited. The secret is returned once, in this answer, never rendered in a page.
export async function revealClientSecret(ctx: Ctx, input: RevealSecretInput): Promise<RevealState> {
  allow(ctx, "secrets:reveal");
  // Only a signed-in person has a password to re-enter.
  if (ctx.actor.kind !== "member") throw new NotAllowedError("secrets:reveal");
  if (!input.password) return { fieldErrors: { password: ["Enter your password"] } };
  const reentry = await checkCurrentPassword(ctx.actor.userId, input.password);
  if (!reentry.ok && reentry.retryAfterSeconds)
    return { message: `Too many wrong passwords. Try again in ${Math.ceil(reentry.retryAfterSeconds / 60)} min.` };
  if (!reentry.ok) return { fieldErrors: { password: ["That is not your password"] } };
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, input.clientId);
    const row = await tx.oAuthClient.findUniqueOrThrow({ where: { id: client.id }, select: { secretCipher: true, secretLast4: true } });
    if (!row.secretCipher) return { message: "This client has no secret." };
    await recordClientEvent(tx, ctx, client, "secret.revealed", { last4: row.secretLast4 });
    return { ok: true, secret: unseal(row.secretCipher) };
  });
}
