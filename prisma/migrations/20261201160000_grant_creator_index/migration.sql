-- CreateIndex
CREATE INDEX "Grant_workspaceId_createdById_createdAt_idx" ON "Grant"("workspaceId", "createdById", "createdAt");
