// A Server-based client of the built-in sandbox, registered on both sides as a person would: at the
// sandbox (its id, a hash of its secret, its redirect URI, the workspace that owns it) and in the
// console (the secret sealed). Written before the console starts.
import { createHash, randomBytes } from "node:crypto";
import { encrypt, type createKeyring } from "../../lib/crypto/envelope";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

export async function seedSandboxClient(
  db: Db,
  {
    workspaceId,
    createdById,
    name,
    redirectUri,
    ring,
  }: { workspaceId: string; createdById: string; name: string; redirectUri: string; ring: ReturnType<typeof createKeyring> },
): Promise<{ id: string; zohoClientId: string }> {
  const zohoClientId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
  const secret = randomBytes(21).toString("hex");
  await db.sandboxClient.create({
    data: {
      clientId: zohoClientId,
      name,
      secretHash: createHash("sha256").update(secret).digest("hex"),
      redirectUris: [redirectUri],
      workspaceId,
    },
  });
  const client = await db.oAuthClient.create({
    data: {
      workspaceId,
      name,
      zohoClientId,
      type: "SERVER",
      provider: "SANDBOX",
      homeDc: "us",
      createdById,
      secretCipher: encrypt(secret, ring),
      secretLast4: secret.slice(-4),
      redirectUris: { create: [{ uri: redirectUri }] },
    },
    select: { id: true },
  });
  return { id: client.id, zohoClientId };
}
