-- AlterTable
ALTER TABLE "SandboxCode" ADD COLUMN     "codeChallenge" TEXT,
ADD COLUMN     "codeChallengeMethod" TEXT;
