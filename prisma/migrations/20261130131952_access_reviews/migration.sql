-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('KEEP', 'REVOKE');

-- CreateTable
CREATE TABLE "AccessReview" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "reviewerIds" TEXT[],
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "finishedById" TEXT,
    "recurEveryDays" INTEGER,
    "nextDueAt" TIMESTAMP(3),
    "previousId" TEXT,
    "itemCount" INTEGER NOT NULL,

    CONSTRAINT "AccessReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessReviewItem" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "grantId" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "environment" "Environment" NOT NULL,
    "label" TEXT NOT NULL,
    "zohoUserEmail" TEXT,
    "location" TEXT NOT NULL,
    "scopes" TEXT[],
    "status" "GrantStatus" NOT NULL,
    "orgWide" BOOLEAN NOT NULL DEFAULT false,
    "refreshLast4" TEXT,
    "grantCreatedAt" TIMESTAMP(3) NOT NULL,
    "lastRefreshAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "decision" "ReviewDecision",
    "note" TEXT NOT NULL DEFAULT '',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "revokeOk" BOOLEAN,
    "revokeResult" TEXT,
    "revokeAt" TIMESTAMP(3),

    CONSTRAINT "AccessReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessReview_previousId_key" ON "AccessReview"("previousId");

-- CreateIndex
CREATE INDEX "AccessReview_workspaceId_createdAt_idx" ON "AccessReview"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessReview_workspaceId_nextDueAt_idx" ON "AccessReview"("workspaceId", "nextDueAt");

-- CreateIndex
CREATE INDEX "AccessReviewItem_reviewId_decision_idx" ON "AccessReviewItem"("reviewId", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "AccessReviewItem_reviewId_position_key" ON "AccessReviewItem"("reviewId", "position");

-- AddForeignKey
ALTER TABLE "AccessReview" ADD CONSTRAINT "AccessReview_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "AccessReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReview" ADD CONSTRAINT "AccessReview_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewItem" ADD CONSTRAINT "AccessReviewItem_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "AccessReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;
