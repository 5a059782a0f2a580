import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import type { ClientRef } from "./schemas";

// The pending secret works at Zoho: it becomes the client's secret (start-secret-rotation.ts).
export async function confirmSecretRotation(ctx: Ctx, input: ClientRef): Promise<FormState> {
  allow(ctx, "clients:write");
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, input.clientId);
    const select = { pendingSecretCipher: true, pendingSecretLast4: true, secretLast4: true } as const;
    const row = await tx.oAuthClient.findUniqueOrThrow({ where: { id: client.id }, select });
    if (!row.pendingSecretCipher) return { message: "No rotation is pending." };
    await tx.oAuthClient.update({
      where: { id: client.id },
      data: {
        secretCipher: row.pendingSecretCipher,
        secretLast4: row.pendingSecretLast4,
        pendingSecretCipher: null,
        pendingSecretLast4: null,
        pendingSecretSince: null,
      },
    });
    await recordClientEvent(tx, ctx, client, "secret.rotated", { oldLast4: row.secretLast4, newLast4: row.pendingSecretLast4 });
    return { ok: true, message: "Secret rotated." };
  });
}
