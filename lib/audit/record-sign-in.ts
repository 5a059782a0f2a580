import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "./record-audit-event";

type SignIn = { userId: string; email: string; ok: boolean; method: string; ip: string | null; userAgent: string | null };

// A sign-in belongs to no workspace, so it is written to the trail of every workspace the person is
// a member of: each workspace's admins see who got in, and who tried. Attempts for emails that are
// no console user's belong to nobody's trail (the throttle bounds them; the server log notes them).
export async function recordSignIn({ userId, email, ok, method, ip, userAgent }: SignIn) {
  const memberships = await db.membership.findMany({ where: { userId }, select: { workspaceId: true } });
  if (memberships.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const { workspaceId } of memberships) {
      await recordAuditEvent(tx, {
        workspaceId,
        actorId: userId,
        action: ok ? "user.signed_in" : "user.sign_in_failed",
        targetType: "user",
        targetId: userId,
        data: { email, method },
        ip,
        userAgent,
      });
    }
  });
}
