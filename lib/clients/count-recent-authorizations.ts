import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

const WINDOW_MS = 10 * 60 * 1000;

// Each authorization can cost a grant code; Zoho allows 10 per client per 10 minutes. Per client of
// the actor's workspace, for the authorize page.
export async function countRecentAuthorizations(ctx: Ctx, _input: object = {}): Promise<Map<string, number>> {
  allow(ctx, "clients:read");
  const since = new Date(Date.now() - WINDOW_MS);
  const rows = await db.authRequest.groupBy({
    by: ["clientId"],
    where: { workspaceId: ctx.workspace.id, createdAt: { gt: since } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.clientId, r._count._all]));
}
