-- CreateIndex
CREATE INDEX "Grant_workspaceId_status_location_clientId_idx" ON "Grant"("workspaceId", "status", "location", "clientId");

-- Written by hand (Prisma's schema cannot express partial or expression indexes): the grant inventory's
-- aggregates (lib/grants/load-grant-inventory.ts) as index-only scans instead of reads of every active grant.

-- Active grants by when they went idle: the active and stale counts. The two columns are included so that
-- PostgreSQL can answer from the index alone (it does not read an expression's value back from an index).
CREATE INDEX "Grant_active_idle_idx" ON "Grant"("workspaceId", COALESCE("lastUsedAt", "createdAt"))
  INCLUDE ("lastUsedAt", "createdAt") WHERE "status" = 'ACTIVE';

-- Personal grants (lib/grants/personal-grant.ts: active, not org-wide, a Zoho user known) by user and client:
-- the grants per Zoho user and the per-client counts of the top users.
CREATE INDEX "Grant_personal_user_idx" ON "Grant"("workspaceId", "zohoUserId", "clientId")
  WHERE "status" = 'ACTIVE' AND NOT "orgWide" AND "zohoUserId" IS NOT NULL;
