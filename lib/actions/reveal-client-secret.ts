"use server";
import { z } from "zod";
import { checkCurrentPassword } from "@/lib/auth/check-current-password";
import { requireMember } from "@/lib/auth/require-member";
import { unseal } from "@/lib/crypto/keyring";
import { withClient } from "./client-action";
import { formObject, type FormState } from "./form-state";

export type RevealState = FormState & { secret?: string };

// The only way a client secret reaches a browser: an admin re-enters their password, and the
// reveal is audited. The secret is returned once, in this action's answer, never rendered in a page.
export async function revealClientSecret(slug: string, clientId: string, _prev: RevealState, formData: FormData): Promise<RevealState> {
  const { user } = await requireMember(slug, "secrets:reveal");
  const password = z.string().min(1).safeParse(formObject(formData).password);
  if (!password.success) return { fieldErrors: { password: ["Enter your password"] } };
  const reentry = await checkCurrentPassword(user.id, password.data);
  if (!reentry.ok && reentry.retryAfterSeconds) return { message: `Too many wrong passwords. Try again in ${Math.ceil(reentry.retryAfterSeconds / 60)} min.` };
  if (!reentry.ok) return { fieldErrors: { password: ["That is not your password"] } };
  return withClient<RevealState>(slug, clientId, "secrets:reveal", async ({ tx, client }) => {
    const row = await tx.oAuthClient.findUniqueOrThrow({ where: { id: client.id }, select: { secretCipher: true, secretLast4: true } });
    if (!row.secretCipher) return { refuse: { message: "This client has no secret." } };
    return { audit: { action: "secret.revealed", data: { last4: row.secretLast4 } }, result: { ok: true, secret: unseal(row.secretCipher) } };
  });
}
