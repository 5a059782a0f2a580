-- CreateIndex
CREATE INDEX "Grant_workspaceId_zohoUserEmail_idx" ON "Grant"("workspaceId", "zohoUserEmail");

-- Emails are compared case-insensitively by Zoho: stored lower-case, the API's filter is an exact match.
UPDATE "Grant" SET "zohoUserEmail" = lower("zohoUserEmail") WHERE "zohoUserEmail" <> lower("zohoUserEmail");
