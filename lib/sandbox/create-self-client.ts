import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { newClientId, newClientSecret, newOpaqueToken } from "./generate-credentials";
import type { SandboxUser } from "./users";

// Zoho's Self Client: a client with no redirect URI, whose grant code is generated right in the API
// console for chosen scopes and a duration of 3–10 minutes, and downloaded as self_client.json. It
// belongs to the workspace it was created for.
export async function createSelfClient(input: { name: string; scopes: string[]; minutes: number; user: SandboxUser; workspaceId: string }) {
  const clientId = newClientId();
  const clientSecret = newClientSecret();
  const code = newOpaqueToken();
  const expiresAt = new Date(Date.now() + input.minutes * 60_000);
  await db.$transaction([
    db.sandboxClient.create({
      data: {
        clientId,
        name: input.name,
        type: "SELF",
        redirectUris: [],
        secretHash: sha256Hex(clientSecret),
        workspaceId: input.workspaceId,
      },
    }),
    // redirectUri "" marks a Self Client code: its exchange takes no redirect_uri.
    db.sandboxCode.create({
      data: {
        codeHash: sha256Hex(code),
        clientId,
        redirectUri: "",
        scopes: input.scopes,
        accessType: "offline",
        location: input.user.location,
        userId: input.user.id,
        expiresAt,
      },
    }),
  ]);
  // The file exactly as Zoho's console downloads it.
  return {
    client_id: clientId,
    client_secret: clientSecret,
    code,
    grant_type: "authorization_code",
    scope: input.scopes,
    expiry_time: expiresAt.getTime(),
  };
}
