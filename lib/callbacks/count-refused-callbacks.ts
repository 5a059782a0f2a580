import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

const HOUR_MS = 3_600_000;

/**
 * What the callback rate limit refused in the last hour (saved every 10 s by the upkeep): to this
 * workspace's client callback paths, with the addresses refused most; and, console-wide, to paths no
 * workspace can be told from (the shared /oauth/callback, unknown keys).
 */
export async function countRefusedCallbacks(ctx: Ctx, { now = new Date() }: { now?: Date } = {}) {
  allow(ctx, "callbacks:read");
  const rows = await db.callbackRefusal.findMany({
    where: { scope: { in: [ctx.workspace.id, ""] }, windowStart: { gte: new Date(now.getTime() - HOUR_MS) } },
    select: { scope: true, count: true, sources: true },
  });
  const sources = new Map<string, number>();
  let workspace = 0;
  let shared = 0;
  for (const row of rows) {
    if (row.scope === "") {
      shared += row.count;
      continue;
    }
    workspace += row.count;
    for (const [ip, n] of Object.entries(row.sources as Record<string, number>)) sources.set(ip, (sources.get(ip) ?? 0) + n);
  }
  const top = [...sources]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([ip]) => ip);
  return { workspace, shared, top };
}
