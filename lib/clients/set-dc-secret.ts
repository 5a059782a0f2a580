import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { seal } from "@/lib/crypto/keyring";
import { last4 } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import type { DcSecretInput } from "./schemas";

// A data centre's own secret (Zoho's Multi-DC setting can give each DC a separate one): used for that
// DC's accounts server instead of the client's (pick-client-secret.ts).
export async function setDcSecret(ctx: Ctx, input: DcSecretInput): Promise<FormState> {
  allow(ctx, "clients:write");
  const { location, secret } = input;
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, input.clientId);
    const data = { secretCipher: seal(secret), secretLast4: last4(secret) };
    const where = { clientId_location: { clientId: client.id, location } };
    await tx.clientDcSecret.upsert({ where, create: { clientId: client.id, location, ...data }, update: data });
    await recordClientEvent(tx, ctx, client, "secret.dc_set", { location, last4: last4(secret) });
    return { ok: true, message: `Secret for ${location} saved.` };
  });
}
