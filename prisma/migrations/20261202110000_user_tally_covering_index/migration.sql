-- Written by hand (Prisma's schema cannot say INCLUDE): the inventory ranks a workspace's Zoho users from this
-- index alone (lib/grants/rank-zoho-users.ts), already grouped by user. Before, PostgreSQL read the whole table:
-- the +1/-1 rows of every grant ever written leave its pages mostly empty after they are folded (758 pages for
-- 5,050 rows at 100,000 grants), 9 of the query's 15 ms; from the index it took 5 ms (EXPLAIN ANALYZE).
DROP INDEX "GrantUserTally_workspaceId_zohoUserId_idx";
CREATE INDEX "GrantUserTally_workspaceId_zohoUserId_idx" ON "GrantUserTally"("workspaceId", "zohoUserId") INCLUDE ("grants");
