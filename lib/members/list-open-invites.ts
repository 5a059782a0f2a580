import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The workspace's invites not yet accepted, revoked or expired, newest first. */
export function listOpenInvites(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "members:read");
  return db.invite.findMany({
    where: { workspaceId: ctx.workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}
