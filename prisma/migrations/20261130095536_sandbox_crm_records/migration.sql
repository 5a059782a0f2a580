-- AlterTable
ALTER TABLE "SandboxFaults" ADD COLUMN     "apiRateLimited" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SandboxCrmRecord" (
    "userId" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxCrmRecord_pkey" PRIMARY KEY ("userId","location","recordId")
);

-- CreateIndex
CREATE INDEX "SandboxCrmRecord_userId_location_module_createdAt_idx" ON "SandboxCrmRecord"("userId", "location", "module", "createdAt");
