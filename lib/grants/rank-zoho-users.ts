import "server-only";
import { db, type Db } from "@/lib/db";
import { foldTally } from "./fold-tally";

/** Past this many rows more than it has users, a workspace's user tally is folded into one row per user. */
export const FOLD_USER_TALLY_AT = 200;

/**
 * The `top` Zoho users by their personal grants (PERSONAL_GRANT, lib/grants/personal-grant.ts: the grants Zoho
 * counts per user), and how many users hold any: the sums of the +1/-1 rows the database's triggers keep in
 * GrantUserTally (migration 20261201170000_grant_user_tally), one row per user once folded.
 */
export async function rankZohoUsers(client: Db, workspaceId: string, top: number) {
  return client.$queryRaw<{ zohoUserId: string; total: number; users: number }[]>`
    SELECT "zohoUserId", sum("grants")::int AS total, (count(*) OVER ())::int AS users
    FROM "GrantUserTally" WHERE "workspaceId" = ${workspaceId}
    GROUP BY 1 HAVING sum("grants") > 0 ORDER BY total DESC, "zohoUserId" LIMIT ${top}`;
}

/**
 * Background upkeep (instrumentation.ts, every minute), as foldScopeTallies: each workspace's rows, once
 * FOLD_USER_TALLY_AT more than its users, replaced by their sums (foldTally).
 */
export async function foldUserTallies(client: Db = db) {
  const piled = await client.$queryRaw<{ workspaceId: string }[]>`
    SELECT "workspaceId" FROM "GrantUserTally" GROUP BY 1 HAVING count(*) > count(DISTINCT "zohoUserId") + ${FOLD_USER_TALLY_AT}`;
  for (const { workspaceId } of piled) await foldTally(client, "GrantUserTally", workspaceId);
  return piled.length;
}
