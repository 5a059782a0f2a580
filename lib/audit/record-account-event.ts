import "server-only";
import type { Tx } from "@/lib/db";
import { recordAuditEvent } from "./record-audit-event";

type AccountEvent = {
  userId: string;
  action: "user.password_changed" | "user.signed_out_everywhere";
  ip: string | null;
  userAgent: string | null;
};

// Like a sign-in (record-sign-in.ts), a change to someone's account belongs to no workspace: it is
// written to the trail of each workspace they are a member of, in the caller's transaction.
export async function recordAccountEvent(tx: Tx, { userId, action, ip, userAgent }: AccountEvent) {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { workspaceId: true } });
  for (const { workspaceId } of memberships) {
    await recordAuditEvent(tx, { workspaceId, actorId: userId, action, targetType: "user", targetId: userId, ip, userAgent });
  }
}
