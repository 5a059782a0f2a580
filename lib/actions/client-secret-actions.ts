"use server";
import { requireMember } from "@/lib/auth/require-member";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { dcSecretSchema, secretSchema } from "@/lib/schemas/client";
import { withoutNul } from "@/lib/without-nul";
import { withClient } from "./client-action";
import { formObject, invalid, type FormState } from "./form-state";

// Rotation in two steps, as Zoho's console does it: the new secret waits until an admin confirms that
// it works (the old one is still used meanwhile), then replaces it.
export async function startSecretRotation(slug: string, clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireMember(slug, "clients:write");
  const parsed = secretSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { secret } = parsed.data;
  return withClient(slug, clientId, "clients:write", async ({ tx, client }) => {
    await tx.oAuthClient.update({ where: { id: client.id }, data: { pendingSecretCipher: seal(secret), pendingSecretLast4: last4(secret) } });
    return { audit: { action: "secret.rotation_started", data: { pendingLast4: last4(secret) } }, result: { ok: true, message: "New secret saved as pending. Confirm once it is active at Zoho." } };
  });
}

export async function finishSecretRotation(slug: string, clientId: string, confirm: boolean): Promise<FormState> {
  return withClient<FormState>(slug, clientId, "clients:write", async ({ tx, client }) => {
    const row = await tx.oAuthClient.findUniqueOrThrow({ where: { id: client.id }, select: { pendingSecretCipher: true, pendingSecretLast4: true, secretLast4: true } });
    if (!row.pendingSecretCipher) return { refuse: { message: "No rotation is pending." } };
    await tx.oAuthClient.update({
      where: { id: client.id },
      data: confirm
        ? { secretCipher: row.pendingSecretCipher, secretLast4: row.pendingSecretLast4, pendingSecretCipher: null, pendingSecretLast4: null }
        : { pendingSecretCipher: null, pendingSecretLast4: null },
    });
    return { audit: { action: confirm ? "secret.rotated" : "secret.rotation_cancelled", data: { oldLast4: row.secretLast4, newLast4: row.pendingSecretLast4 } }, result: { ok: true, message: confirm ? "Secret rotated." : "Rotation cancelled." } };
  });
}

export async function setDcSecret(slug: string, clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireMember(slug, "clients:write");
  const input = formObject(formData);
  const parsed = dcSecretSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, { location: input.location ?? "" });
  const { location, secret } = parsed.data;
  return withClient(slug, clientId, "clients:write", async ({ tx, client }) => {
    const data = { secretCipher: seal(secret), secretLast4: last4(secret) };
    await tx.clientDcSecret.upsert({ where: { clientId_location: { clientId: client.id, location } }, create: { clientId: client.id, location, ...data }, update: data });
    return { audit: { action: "secret.dc_set", data: { location, last4: last4(secret) } }, result: { ok: true, message: `Secret for ${location} saved.` } };
  });
}

export async function removeDcSecret(slug: string, clientId: string, location: string): Promise<FormState> {
  return withClient<FormState>(slug, clientId, "clients:write", async ({ tx, client }) => {
    const { count } = await tx.clientDcSecret.deleteMany({ where: { clientId: client.id, location: withoutNul(location) } });
    return count ? { audit: { action: "secret.dc_removed", data: { location } }, result: { ok: true, message: `Secret for ${location} removed.` } } : { refuse: {} };
  });
}
