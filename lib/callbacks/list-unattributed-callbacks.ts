import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/**
 * Callbacks that reached no workspace — no state (missing_state) or a state this console never minted
 * (unknown_state) on the shared /oauth/callback — newest first, for a workspace's admins.
 *
 * They belong to no workspace: nothing in them says whose they are, so showing them to everyone would
 * show one team's failed redirects to another. Admins (workspace:manage, the permission that already
 * sees the console-wide refused-callback counts) get the minimum to debug "Zoho came back but nothing
 * happened": when, the outcome, the data centre and Zoho's error — no address, user agent or parameters
 * here (the detail page shows the redacted parameters, as the result page does to any signed-in user).
 * They are removed after 7 days (expire-orphan-callbacks.ts).
 */
export async function listUnattributedCallbacks(ctx: Ctx, { take = 20 }: { take?: number } = {}) {
  allow(ctx, "workspace:manage");
  return db.callbackEvent.findMany({
    where: { workspaceId: null, outcome: { in: ["missing_state", "unknown_state"] } },
    orderBy: { receivedAt: "desc" },
    take,
    select: { id: true, receivedAt: true, outcome: true, location: true, error: true },
  });
}
