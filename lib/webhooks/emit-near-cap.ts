import "server-only";
import type { Tx } from "@/lib/db";
import { PERSONAL_GRANT } from "@/lib/grants/personal-grant";
import { crossesNearCap, nearCapKey } from "./alert-rules";
import { emitGrantAlert } from "./emit-grant-alert";

/**
 * `grant.near_cap`, in the transaction that stores a new grant (lib/grants/create-grant.ts): when the grant
 * makes its Zoho user's active personal grants for the client reach the workspace's warning threshold
 * (alert-rules.ts says why a crossing, and cites Zoho's cap of 20 refresh tokens per user per client).
 * Org-wide grants are the organization's, outside the cap; a grant with no known Zoho user cannot be counted.
 */
export async function emitNearCap(
  tx: Tx,
  grant: { id: string; workspaceId: string; clientId: string; zohoUserId: string | null; orgWide: boolean },
): Promise<string | null> {
  if (grant.orgWide || !grant.zohoUserId) return null;
  // Two grants of one user and client stored at once (PostgreSQL, two instances) would each count only
  // itself and the committed ones, and neither might see the crossing: one at a time per (client, user).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`grant.near_cap:${grant.clientId}:${grant.zohoUserId}`}))`;
  const count = await tx.grant.count({
    where: { workspaceId: grant.workspaceId, clientId: grant.clientId, zohoUserId: grant.zohoUserId, ...PERSONAL_GRANT },
  });
  const limits = await tx.workspace.findUniqueOrThrow({
    where: { id: grant.workspaceId },
    select: { warnRefreshTokensPerUser: true, limitRefreshTokensPerUser: true },
  });
  if (!crossesNearCap(count, limits.warnRefreshTokensPerUser)) return null;
  const reason =
    `This Zoho user now holds ${count} active refresh tokens for the client (warning from ${limits.warnRefreshTokensPerUser}). ` +
    `Zoho keeps at most ${limits.limitRefreshTokensPerUser} per user per client and silently deletes the oldest past that, ` +
    `so older grants of this user start failing with invalid_code. Revoke the ones no longer used.`;
  return emitGrantAlert(tx, grant, "grant.near_cap", { reason }, { dedupeKey: nearCapKey(grant.id) });
}
