-- CreateTable
CREATE TABLE "CallbackRefusal" (
    "scope" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "sources" JSONB NOT NULL,

    CONSTRAINT "CallbackRefusal_pkey" PRIMARY KEY ("scope","windowStart")
);

-- CreateTable
CREATE TABLE "CallbackFailureWindow" (
    "key" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "clientId" TEXT,
    "authRequestId" TEXT,
    "outcome" TEXT NOT NULL,
    "error" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "folded" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CallbackFailureWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "CallbackRefusal_windowStart_idx" ON "CallbackRefusal"("windowStart");

-- CreateIndex
CREATE INDEX "CallbackFailureWindow_openedAt_idx" ON "CallbackFailureWindow"("openedAt");
