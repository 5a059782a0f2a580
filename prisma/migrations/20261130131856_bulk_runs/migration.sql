-- CreateEnum
CREATE TYPE "BulkRunKind" AS ENUM ('REVOKE', 'RELABEL', 'ADD_TO_KEY');

-- CreateEnum
CREATE TYPE "BulkItemState" AS ENUM ('PENDING', 'DONE', 'FAILED', 'SKIPPED');

-- AlterTable
ALTER TABLE "SandboxFaults" ADD COLUMN     "revokeFailures" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BulkRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "BulkRunKind" NOT NULL,
    "filter" TEXT NOT NULL,
    "label" TEXT,
    "apiKeyId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "workerUntil" TIMESTAMP(3),
    "total" INTEGER NOT NULL,

    CONSTRAINT "BulkRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkRunItem" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "state" "BulkItemState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT NOT NULL DEFAULT '',
    "leaseUntil" TIMESTAMP(3),
    "retryAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BulkRunItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BulkRun_workspaceId_createdAt_idx" ON "BulkRun"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "BulkRunItem_runId_state_idx" ON "BulkRunItem"("runId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "BulkRunItem_runId_grantId_key" ON "BulkRunItem"("runId", "grantId");

-- AddForeignKey
ALTER TABLE "BulkRun" ADD CONSTRAINT "BulkRun_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkRunItem" ADD CONSTRAINT "BulkRunItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BulkRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
