import "server-only";
import type { Db } from "@/lib/db";
import { errorFields, log } from "@/lib/log/logger";

/** Past this many tally rows in a workspace, reading them folds them into one row per scope list. */
export const FOLD_TALLY_AT = 200;

/**
 * Each scope list held by the workspace's active grants and how many grants hold it: the sum of the
 * +1/-1 rows the database's triggers keep in GrantScopeTally (migration 20261201150000_grant_scope_tally),
 * a read of a few rows instead of every active grant.
 */
export async function countGrantScopeLists(client: Db, workspaceId: string) {
  const lists = await client.$queryRaw<{ scopes: string[]; grants: number; rows: number }[]>`
    SELECT "scopes", sum("grants")::int AS grants, count(*)::int AS rows
    FROM "GrantScopeTally" WHERE "workspaceId" = ${workspaceId} GROUP BY "scopes"`;
  if (lists.reduce((n, l) => n + l.rows, 0) > FOLD_TALLY_AT) await foldTally(client, workspaceId);
  return lists.filter((l) => l.grants > 0).map(({ scopes, grants }) => ({ scopes, grants }));
}

/**
 * The workspace's tally rows replaced by their sums, one statement: a row added meanwhile is not in this
 * statement's snapshot and stays, and when two fold at once each re-adds only the rows it deleted, so the
 * sums never change. The fold saves time on later reads; if it fails, this read's answer still stands.
 */
async function foldTally(client: Db, workspaceId: string) {
  try {
    await client.$executeRaw`
      WITH gone AS (DELETE FROM "GrantScopeTally" WHERE "workspaceId" = ${workspaceId} RETURNING "scopes", "grants")
      INSERT INTO "GrantScopeTally" ("workspaceId", "scopes", "grants")
      SELECT ${workspaceId}, "scopes", sum("grants")::int FROM gone GROUP BY "scopes" HAVING sum("grants") <> 0`;
  } catch (error) {
    log.warn({ workspaceId, ...errorFields(error) }, "grants: scope tally not folded");
  }
}
