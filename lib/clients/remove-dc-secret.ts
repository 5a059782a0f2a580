import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import type { RemoveDcSecretInput } from "./schemas";

// The data centre falls back to the client's own secret. Nothing to remove: nothing happens (no audit).
export async function removeDcSecret(ctx: Ctx, input: RemoveDcSecretInput): Promise<FormState> {
  allow(ctx, "clients:write");
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, input.clientId);
    const { count } = await tx.clientDcSecret.deleteMany({ where: { clientId: client.id, location: input.location } });
    if (!count) return {};
    await recordClientEvent(tx, ctx, client, "secret.dc_removed", { location: input.location });
    return { ok: true, message: `Secret for ${input.location} removed.` };
  });
}
