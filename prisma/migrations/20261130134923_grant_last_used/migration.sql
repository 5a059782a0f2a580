-- AlterTable
ALTER TABLE "Grant" ADD COLUMN     "lastUsedAt" TIMESTAMP(3),
ADD COLUMN     "lastUsedVia" TEXT;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "staleGrantDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "GrantUse" (
    "grantId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantUse_pkey" PRIMARY KEY ("grantId","source")
);

-- CreateIndex
CREATE INDEX "Grant_workspaceId_lastUsedAt_idx" ON "Grant"("workspaceId", "lastUsedAt");

-- CreateIndex
CREATE INDEX "Grant_scopes_idx" ON "Grant" USING GIN ("scopes");

-- AddForeignKey
ALTER TABLE "GrantUse" ADD CONSTRAINT "GrantUse_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
