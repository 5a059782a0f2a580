-- CreateEnum
CREATE TYPE "GrantFlow" AS ENUM ('refresh_token', 'client_credentials', 'device');

-- CreateEnum
CREATE TYPE "RefreshLease" AS ENUM ('REFRESHING', 'BACKOFF_ZOHO_UNAVAILABLE', 'BACKOFF_REFRESH_LIMIT');

-- Grant.flow: free text → GrantFlow. Only these three values were ever written; any other value was
-- renewed with its refresh token (lib/grants/refresh-at-zoho.ts), so it becomes refresh_token.
ALTER TABLE "Grant" ALTER COLUMN "flow" DROP DEFAULT;
ALTER TABLE "Grant" ALTER COLUMN "flow" TYPE "GrantFlow"
  USING (CASE WHEN "flow" IN ('client_credentials', 'device') THEN "flow" ELSE 'refresh_token' END)::"GrantFlow";
ALTER TABLE "Grant" ALTER COLUMN "flow" SET DEFAULT 'refresh_token';

-- refreshLeaseId held either a lease's random id (never read back) or "backoff:<problem>" after a failed
-- refresh; refreshLease names the state instead. refreshLeaseUntil keeps its meaning.
ALTER TABLE "Grant" ADD COLUMN "refreshLease" "RefreshLease";
UPDATE "Grant" SET "refreshLease" = CASE
    WHEN "refreshLeaseId" = 'backoff:refresh-limit' THEN 'BACKOFF_REFRESH_LIMIT'::"RefreshLease"
    WHEN "refreshLeaseId" LIKE 'backoff:%' THEN 'BACKOFF_ZOHO_UNAVAILABLE'::"RefreshLease"
    ELSE 'REFRESHING'::"RefreshLease"
  END
  WHERE "refreshLeaseId" IS NOT NULL;
ALTER TABLE "Grant" DROP COLUMN "refreshLeaseId";
