import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/**
 * Callbacks that reached no workspace — no state (missing_state) or a state this console never minted
 * (unknown_state) on the shared /oauth/callback — newest first, for a workspace's admins.
 *
 * They belong to no workspace, and any signed-in person can start a workspace and be its admin, so a
 * workspace admin is no one to trust with another team's redirects. Admins (workspace:manage, the
 * permission that already sees the console-wide refused-callback counts) get what a count would tell,
 * with times: when, the outcome and the data centre — no address, user agent, parameters, or `error`
 * (anyone can write any text there on the open callback URL), and no detail page. The browser that
 * made the callback has its result page (/oauth/result/{id}). Rows go after 7 days (expire-orphan-callbacks.ts).
 */
export async function listUnattributedCallbacks(ctx: Ctx, { take = 20 }: { take?: number } = {}) {
  allow(ctx, "workspace:manage");
  return db.callbackEvent.findMany({
    where: { workspaceId: null, outcome: { in: ["missing_state", "unknown_state"] } },
    orderBy: { receivedAt: "desc" },
    take,
    select: { id: true, receivedAt: true, outcome: true, location: true },
  });
}
