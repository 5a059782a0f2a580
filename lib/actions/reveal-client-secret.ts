"use server";
import { z } from "zod";
import { checkPassword } from "@/lib/auth/password";
import { requireMember } from "@/lib/auth/require-member";
import { recordSignInResult, signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { withClient } from "./client-action";
import { formObject, type FormState } from "./form-state";

export type RevealState = FormState & { secret?: string };

// The only way a client secret reaches a browser: an admin re-enters their password, and the
// reveal is audited. The secret is returned once, in this action's answer, never rendered in a page.
export async function revealClientSecret(slug: string, clientId: string, _prev: RevealState, formData: FormData): Promise<RevealState> {
  const { user } = await requireMember(slug, "secrets:reveal");
  const password = z.string().min(1).safeParse(formObject(formData).password);
  if (!password.success) return { fieldErrors: { password: ["Enter your password"] } };
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if ((await signInWaitSeconds(account.email)) > 0) return { message: "Too many wrong passwords. Wait a moment and try again." };
  const ok = await checkPassword(password.data, account.passwordHash);
  await recordSignInResult(account.email, ok);
  if (!ok) return { fieldErrors: { password: ["That is not your password"] } };
  return withClient<RevealState>(slug, clientId, "secrets:reveal", async ({ tx, client }) => {
    const row = await tx.oAuthClient.findUniqueOrThrow({ where: { id: client.id }, select: { secretCipher: true, secretLast4: true } });
    if (!row.secretCipher) return { refuse: { message: "This client has no secret." } };
    return { audit: { action: "secret.revealed", data: { last4: row.secretLast4 } }, result: { ok: true, secret: unseal(row.secretCipher) } };
  });
}
