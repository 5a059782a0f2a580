-- AlterTable
ALTER TABLE "Grant" ADD COLUMN     "accessCipher" TEXT,
ADD COLUMN     "accessExpiresAt" TIMESTAMP(3),
ADD COLUMN     "invalidReason" TEXT,
ADD COLUMN     "label" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lastRefreshAt" TIMESTAMP(3),
ADD COLUMN     "refreshLeaseId" TEXT,
ADD COLUMN     "refreshLeaseUntil" TIMESTAMP(3),
ADD COLUMN     "revokedById" TEXT;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "limitAccessTokensPerWindow" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "limitCodesPerWindow" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "limitRefreshTokensPerUser" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "warnRefreshTokensPerUser" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "GrantRefresh" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,
    "latencyMs" INTEGER,
    "trigger" TEXT NOT NULL,

    CONSTRAINT "GrantRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "grantIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expiresAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GrantRefresh_grantId_at_idx" ON "GrantRefresh"("grantId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_workspaceId_idx" ON "ApiKey"("workspaceId");

-- CreateIndex
CREATE INDEX "Grant_clientId_zohoUserId_idx" ON "Grant"("clientId", "zohoUserId");

-- AddForeignKey
ALTER TABLE "GrantRefresh" ADD CONSTRAINT "GrantRefresh_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
