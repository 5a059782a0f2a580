import "server-only";
import type { Db } from "@/lib/db";
import { restoreRefusedCallbacks, takeRefusedCallbacks, type RefusedCounts } from "./refused-callbacks";

/** Refusals are added up per 10-minute window (the rate limit's own). */
export const REFUSAL_WINDOW_MS = 600_000;

type Scoped = Map<string, { count: number; sources: Record<string, number> }>;

// What the rate limit refused since the last run, added to one row per scope (a workspace, or "" for
// none) and window: a flood of any size costs a few upserts every run, never a row per hit. A failed
// save puts the counts back for the next run.
export async function saveRefusedCallbacks(db: Db, now = new Date()): Promise<number> {
  const taken = takeRefusedCallbacks();
  if (taken.size === 0) return 0;
  try {
    const scoped = await byScope(db, taken);
    const windowStart = new Date(Math.floor(now.getTime() / REFUSAL_WINDOW_MS) * REFUSAL_WINDOW_MS);
    await db.$transaction(async (tx) => {
      for (const [scope, { count, sources }] of scoped) {
        // Counts add up; the sources keep the 10 busiest addresses of the window.
        await tx.$executeRaw`
          INSERT INTO "CallbackRefusal" ("scope", "windowStart", "count", "sources")
          VALUES (${scope}, ${windowStart}, ${count}, ${JSON.stringify(sources)}::jsonb)
          ON CONFLICT ("scope", "windowStart") DO UPDATE SET
            "count" = "CallbackRefusal"."count" + EXCLUDED."count",
            "sources" = (
              SELECT COALESCE(jsonb_object_agg(ip, n), '{}'::jsonb) FROM (
                SELECT ip, SUM(n)::int AS n FROM (
                  SELECT key AS ip, value::int AS n FROM jsonb_each_text("CallbackRefusal"."sources")
                  UNION ALL SELECT key, value::int FROM jsonb_each_text(EXCLUDED."sources")
                ) AS merged GROUP BY ip ORDER BY n DESC LIMIT 10
              ) AS top
            )`;
      }
    });
    return [...scoped.values()].reduce((sum, s) => sum + s.count, 0);
  } catch (error) {
    restoreRefusedCallbacks(taken);
    throw error;
  }
}

// A client callback path belongs to its client's workspace; the shared path and unknown keys to none.
async function byScope(db: Db, taken: RefusedCounts): Promise<Scoped> {
  const keys = [...taken.keys()].filter(Boolean);
  const clients = keys.length
    ? await db.oAuthClient.findMany({ where: { callbackKey: { in: keys } }, select: { callbackKey: true, workspaceId: true } })
    : [];
  const workspaceOf = new Map(clients.map((c) => [c.callbackKey, c.workspaceId]));
  const scoped: Scoped = new Map();
  for (const [key, { count, sources }] of taken) {
    const scope = workspaceOf.get(key) ?? "";
    let entry = scoped.get(scope);
    if (!entry) scoped.set(scope, (entry = { count: 0, sources: {} }));
    entry.count += count;
    for (const [ip, n] of sources) entry.sources[ip] = (entry.sources[ip] ?? 0) + n;
  }
  return scoped;
}
