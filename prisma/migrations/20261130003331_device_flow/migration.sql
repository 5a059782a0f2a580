-- AlterTable
ALTER TABLE "SandboxClient" ADD COLUMN     "type" TEXT NOT NULL DEFAULT 'SERVER';

-- AlterTable
ALTER TABLE "SandboxFaults" ADD COLUMN     "deviceCodeTtlSeconds" INTEGER NOT NULL DEFAULT 300,
ADD COLUMN     "deviceIntervalSeconds" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "deviceOtherDc" TEXT;

-- CreateTable
CREATE TABLE "DeviceAuthorization" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startLocation" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "accountsServer" TEXT NOT NULL,
    "scopes" TEXT[],
    "accessType" TEXT NOT NULL,
    "prompt" TEXT,
    "deviceCodeCipher" TEXT NOT NULL,
    "userCode" TEXT NOT NULL,
    "verificationUrl" TEXT NOT NULL,
    "verificationUrlComplete" TEXT,
    "intervalSeconds" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "nextPollAt" TIMESTAMP(3) NOT NULL,
    "polls" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "lastAnswer" TEXT,
    "reason" TEXT,
    "grantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DeviceAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxDeviceCode" (
    "deviceCodeHash" TEXT NOT NULL,
    "userCode" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "scopes" TEXT[],
    "accessType" TEXT NOT NULL,
    "prompt" TEXT,
    "location" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "userId" TEXT,
    "userLocation" TEXT,
    "intervalSeconds" INTEGER NOT NULL,
    "lastPolledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxDeviceCode_pkey" PRIMARY KEY ("deviceCodeHash")
);

-- CreateIndex
CREATE INDEX "DeviceAuthorization_workspaceId_createdAt_idx" ON "DeviceAuthorization"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxDeviceCode_userCode_key" ON "SandboxDeviceCode"("userCode");

-- CreateIndex
CREATE INDEX "SandboxDeviceCode_clientId_createdAt_idx" ON "SandboxDeviceCode"("clientId", "createdAt");

-- AddForeignKey
ALTER TABLE "DeviceAuthorization" ADD CONSTRAINT "DeviceAuthorization_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceAuthorization" ADD CONSTRAINT "DeviceAuthorization_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "OAuthClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sandbox clients registered before they had a type: those without a redirect URI are Self Clients.
UPDATE "SandboxClient" SET "type" = 'SELF' WHERE cardinality("redirectUris") = 0;
