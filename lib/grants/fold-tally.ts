import { Prisma, type PrismaClient } from "../generated/prisma/client";

// The tallies kept by triggers (GrantScopeTally, GrantUserTally) and the column each counts by.
const TALLIES = { GrantScopeTally: "scopes", GrantUserTally: "zohoUserId" } as const;

/**
 * One workspace's +1/-1 rows of a tally replaced by their sums, one row per key, in one statement. A row added
 * meanwhile is not in the statement's snapshot and stays; when two instances fold at once, each re-adds only
 * the rows it deleted, so the sums never change. Used by the upkeep (count-grant-scopes.ts,
 * rank-zoho-users.ts) and by the benchmark's seed.
 */
export function foldTally(client: Pick<PrismaClient, "$executeRaw">, tally: keyof typeof TALLIES, workspaceId: string) {
  const table = Prisma.raw(`"${tally}"`);
  const key = Prisma.raw(`"${TALLIES[tally]}"`);
  return client.$executeRaw`
    WITH gone AS (DELETE FROM ${table} WHERE "workspaceId" = ${workspaceId} RETURNING ${key}, "grants")
    INSERT INTO ${table} ("workspaceId", ${key}, "grants")
    SELECT ${workspaceId}, ${key}, sum("grants")::int FROM gone GROUP BY ${key} HAVING sum("grants") <> 0`;
}
