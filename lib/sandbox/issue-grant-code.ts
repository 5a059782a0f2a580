import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { AuthParams } from "./check-auth-request";
import { newOpaqueToken } from "./formats";
import { CODE_TTL_MS, MAX_CODES_PER_CLIENT_PER_WINDOW, WINDOW_MS } from "./limits";
import type { SandboxUser } from "./users";

// Accept on the consent page: a single-use grant code, valid 60 seconds, for the user's own DC.
// Returns null when the client already received Zoho's limit of codes in the window.
export async function issueGrantCode(params: AuthParams, user: SandboxUser): Promise<string | null> {
  const recent = await db.sandboxCode.count({
    where: { clientId: params.clientId, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } },
  });
  if (recent >= MAX_CODES_PER_CLIENT_PER_WINDOW) return null;
  const code = newOpaqueToken();
  await db.sandboxCode.create({
    data: {
      codeHash: sha256Hex(code), clientId: params.clientId, redirectUri: params.redirectUri, scopes: params.scopes,
      accessType: params.accessType, location: user.location, userId: user.id, expiresAt: new Date(Date.now() + CODE_TTL_MS),
    },
  });
  return code;
}
