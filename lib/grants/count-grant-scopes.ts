import "server-only";
import { db, type Db } from "@/lib/db";
import { foldTally } from "./fold-tally";

/** Past this many tally rows, a workspace's are folded into one row per scope list (foldScopeTallies). */
export const FOLD_TALLY_AT = 200;

/**
 * Each scope list held by the workspace's active grants and how many grants hold it: the sum of the
 * +1/-1 rows the database's triggers keep in GrantScopeTally (migration 20261201150000_grant_scope_tally),
 * a read of a few rows instead of every active grant.
 */
export async function countGrantScopeLists(client: Db, workspaceId: string) {
  const lists = await client.$queryRaw<{ scopes: string[]; grants: number }[]>`
    SELECT "scopes", sum("grants")::int AS grants
    FROM "GrantScopeTally" WHERE "workspaceId" = ${workspaceId} GROUP BY "scopes"`;
  return lists.filter((l) => l.grants > 0);
}

/**
 * Background upkeep (instrumentation.ts, every minute): each workspace's tally rows, once past
 * FOLD_TALLY_AT, replaced by their sums (foldTally), so the rows stay few whether or not anyone reads them.
 */
export async function foldScopeTallies(client: Db = db) {
  const piled = await client.$queryRaw<{ workspaceId: string }[]>`
    SELECT "workspaceId" FROM "GrantScopeTally" GROUP BY 1 HAVING count(*) > ${FOLD_TALLY_AT}`;
  for (const { workspaceId } of piled) await foldTally(client, "GrantScopeTally", workspaceId);
  return piled.length;
}
