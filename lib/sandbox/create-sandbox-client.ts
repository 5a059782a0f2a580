import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { newClientId, newClientSecret } from "./generate-credentials";
import type { SandboxClientInput } from "./sandbox-client-schema";

// Like registering a Server-based or Non-browser client in Zoho's API console, for one workspace. The
// secret is returned once and kept only as a hash.
export async function createSandboxClient(input: SandboxClientInput & { workspaceId: string }) {
  const clientId = newClientId();
  const clientSecret = newClientSecret();
  await db.sandboxClient.create({
    data: {
      clientId,
      name: input.name,
      type: input.type,
      redirectUris: input.redirectUris,
      secretHash: sha256Hex(clientSecret),
      workspaceId: input.workspaceId,
    },
  });
  return { clientId, clientSecret };
}
