-- CreateTable
CREATE TABLE "SandboxFaults" (
    "id" TEXT NOT NULL DEFAULT 'faults',
    "accessTokenTtlSeconds" INTEGER NOT NULL DEFAULT 3600,
    "latencyMs" INTEGER NOT NULL DEFAULT 0,
    "errorRate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "outage" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxFaults_pkey" PRIMARY KEY ("id")
);
