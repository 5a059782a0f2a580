-- CreateTable
CREATE TABLE "ApiCall" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "method" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "headerNames" TEXT[],
    "status" INTEGER,
    "errorCode" TEXT,
    "durationMs" INTEGER NOT NULL,
    "responseBytes" INTEGER,

    CONSTRAINT "ApiCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApiCall_grantId_at_idx" ON "ApiCall"("grantId", "at");

-- AddForeignKey
ALTER TABLE "ApiCall" ADD CONSTRAINT "ApiCall_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
