-- AlterTable
ALTER TABLE "Grant" ADD COLUMN     "staleAlertedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OAuthClient" ADD COLUMN     "pendingSecretSince" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "OAuthClient_pendingSecretSince_idx" ON "OAuthClient"("pendingSecretSince");

-- CreateIndex
CREATE INDEX "ApiKey_expiresAt_idx" ON "ApiKey"("expiresAt");

-- Written by hand (Prisma's schema cannot express a partial index on an expression): the alert sweep's
-- stale grants (lib/webhooks/sweep-stale-grants.ts): active ones not yet alerted, by when they went idle. A
-- sweep reads only the range already past the workspace's threshold: empty when there is nothing to do.
CREATE INDEX "Grant_stale_alert_idx" ON "Grant"("workspaceId", COALESCE("lastUsedAt", "createdAt"))
  WHERE "status" = 'ACTIVE' AND "staleAlertedAt" IS NULL;

-- Grants already stale when this version arrives are not alerted (the inventory lists them; a workspace of
-- 100,000 old grants would otherwise get as many alerts at once): only grants that go stale from now on.
UPDATE "Grant" AS g SET "staleAlertedAt" = (now() AT TIME ZONE 'UTC')
FROM "Workspace" AS w
WHERE w."id" = g."workspaceId" AND g."status" = 'ACTIVE'
  AND COALESCE(g."lastUsedAt", g."createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(days => w."staleGrantDays");

-- A rotation already pending counts from now: it is alerted if still open in 24 hours.
UPDATE "OAuthClient" SET "pendingSecretSince" = (now() AT TIME ZONE 'UTC') WHERE "pendingSecretCipher" IS NOT NULL;
