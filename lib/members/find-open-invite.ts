import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

export type InviteProblem = "unknown" | "expired" | "used" | "revoked";

// An invite link's state, for the accept page and the accept actions.
export async function findOpenInvite(token: string) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!invite) return { problem: "unknown" as InviteProblem };
  if (invite.revokedAt) return { problem: "revoked" as InviteProblem, invite };
  if (invite.acceptedAt) return { problem: "used" as InviteProblem, invite };
  if (invite.expiresAt.getTime() <= Date.now()) return { problem: "expired" as InviteProblem, invite };
  return { problem: null, invite };
}
