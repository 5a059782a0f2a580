import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import type { SecretInput } from "./schemas";

// Rotation in two steps, as Zoho's console does it: the new secret waits until an admin confirms that
// it works (the old one is still used meanwhile), then replaces it (confirm-secret-rotation.ts).
export async function startSecretRotation(ctx: Ctx, input: SecretInput): Promise<FormState> {
  allow(ctx, "clients:write");
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, input.clientId);
    // A new pending secret replacing one not yet confirmed continues the same rotation: it keeps its start,
    // from which it is alerted after 24 h (client.secret_rotation_pending, lib/webhooks/sweep-pending-rotations.ts).
    const { pendingSecretSince } = await tx.oAuthClient.findUniqueOrThrow({
      where: { id: client.id },
      select: { pendingSecretSince: true },
    });
    await tx.oAuthClient.update({
      where: { id: client.id },
      data: {
        pendingSecretCipher: seal(input.secret),
        pendingSecretLast4: last4(input.secret),
        pendingSecretSince: pendingSecretSince ?? new Date(),
      },
    });
    await recordClientEvent(tx, ctx, client, "secret.rotation_started", { pendingLast4: last4(input.secret) });
    return { ok: true, message: "New secret saved as pending. Confirm once it is active at Zoho." };
  });
}
