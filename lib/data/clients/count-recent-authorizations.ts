import "server-only";
import { db } from "@/lib/db";

const WINDOW_MS = 10 * 60 * 1000;

// Each authorization can cost a grant code; Zoho allows 10 per client per 10 minutes.
export async function countRecentAuthorizations(workspaceId: string): Promise<Map<string, number>> {
  const rows = await db.authRequest.groupBy({ by: ["clientId"], where: { workspaceId, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.clientId, r._count._all]));
}
