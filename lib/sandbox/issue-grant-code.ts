import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db, type Tx } from "@/lib/db";
import type { AuthParams } from "./check-auth-request";
import { newOpaqueToken } from "./generate-credentials";
import { faultsForClient } from "./faults";
import { WINDOW_MS } from "./limits";
import type { SandboxUser } from "./users";

// Accept on the consent page: a single-use grant code, valid 60 seconds (configurable), in the USER's data centre.
// Returns null when the client already received Zoho's limit of codes in the window. `orgWide`: the
// consent was given at /oauth/v2/org/auth, for the organization; the code remembers it for the exchange.
export async function issueGrantCode(
  params: AuthParams,
  user: SandboxUser,
  { orgWide = false }: { orgWide?: boolean } = {},
): Promise<string | null> {
  const code = newOpaqueToken();
  // Read before the transaction: on PGlite a query outside an open transaction waits for it.
  const { codeLimit, codeTtlSeconds } = await faultsForClient(params.clientId);
  const issued = await db.$transaction(async (tx) => {
    const recent = await tx.sandboxCode.count({
      where: { clientId: params.clientId, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } },
    });
    if (recent >= codeLimit) return false;
    const accessType = await grantedAccessType(tx, params, user, orgWide);
    await tx.sandboxCode.create({
      data: {
        codeHash: sha256Hex(code),
        clientId: params.clientId,
        redirectUri: params.redirectUri,
        scopes: params.scopes,
        accessType,
        location: user.location,
        userId: user.id,
        expiresAt: new Date(Date.now() + codeTtlSeconds * 1000),
        codeChallenge: params.codeChallenge,
        codeChallengeMethod: params.codeChallengeMethod,
        orgWide,
      },
    });
    return true;
  });
  return issued ? code : null;
}

// Zoho hands out a refresh token on the first offline consent, and afterwards only with
// prompt=consent; a repeat consent without it yields an access token alone. The code records what it
// grants, so such a code is stored as online. Org-wide consent follows the same rule (Zoho's org/auth
// page: a refresh token "for the first time", every time only with prompt=consent), counted among the
// org-wide tokens the admin's consent gave — the sandbox's stand-in for the organization. The device
// flow asks the same (issue-device-tokens.ts).
export async function grantedAccessType(
  tx: Tx,
  params: Pick<AuthParams, "clientId" | "accessType" | "prompt">,
  user: Pick<SandboxUser, "id">,
  orgWide = false,
) {
  if (params.accessType !== "offline" || params.prompt === "consent") return params.accessType;
  const existing = await tx.sandboxRefreshToken.count({ where: { clientId: params.clientId, userId: user.id, orgWide, revokedAt: null } });
  return existing > 0 ? "online" : "offline";
}
