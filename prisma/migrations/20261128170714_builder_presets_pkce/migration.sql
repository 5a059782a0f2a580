/*
  Warnings:

  - A unique constraint covering the columns `[callbackKey]` on the table `OAuthClient` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "AuthRequest" ADD COLUMN     "orgWide" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pkceVerifierCipher" TEXT;

-- AlterTable
ALTER TABLE "OAuthClient" ADD COLUMN     "callbackKey" TEXT;

-- CreateTable
CREATE TABLE "AuthPreset" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthPreset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuthPreset_clientId_name_key" ON "AuthPreset"("clientId", "name");

-- CreateIndex
CREATE INDEX "AuthRequest_clientId_createdAt_idx" ON "AuthRequest"("clientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_callbackKey_key" ON "OAuthClient"("callbackKey");

-- AddForeignKey
ALTER TABLE "AuthPreset" ADD CONSTRAINT "AuthPreset_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "OAuthClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
