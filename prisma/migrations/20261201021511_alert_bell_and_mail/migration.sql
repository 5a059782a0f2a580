-- CreateEnum
CREATE TYPE "AlertMailMode" AS ENUM ('IMMEDIATE', 'DIGEST');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "alertsSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "AlertMailSetting" (
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "events" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mode" "AlertMailMode" NOT NULL DEFAULT 'IMMEDIATE',
    "cursorAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cursorId" TEXT NOT NULL DEFAULT '',
    "lastDigestAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notBefore" TIMESTAMP(3),
    "claimToken" TEXT,
    "lastSentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertMailSetting_pkey" PRIMARY KEY ("userId","workspaceId")
);

-- CreateTable
CREATE TABLE "AlertMailToken" (
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertMailToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "AlertMailToken_userId_workspaceId_idx" ON "AlertMailToken"("userId", "workspaceId");

-- AddForeignKey
ALTER TABLE "AlertMailSetting" ADD CONSTRAINT "AlertMailSetting_userId_workspaceId_fkey" FOREIGN KEY ("userId", "workspaceId") REFERENCES "Membership"("userId", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertMailToken" ADD CONSTRAINT "AlertMailToken_userId_workspaceId_fkey" FOREIGN KEY ("userId", "workspaceId") REFERENCES "Membership"("userId", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;
