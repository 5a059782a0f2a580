-- AlterTable
ALTER TABLE "SandboxFaults" ADD COLUMN     "accessTokensPerWindow" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "rateLimitLocale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "limitActiveAccessTokens" INTEGER NOT NULL DEFAULT 15;
