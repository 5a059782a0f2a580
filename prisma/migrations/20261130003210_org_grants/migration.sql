-- AlterTable
ALTER TABLE "Grant" ADD COLUMN     "orgWide" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SandboxCode" ADD COLUMN     "orgWide" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SandboxRefreshToken" ADD COLUMN     "orgWide" BOOLEAN NOT NULL DEFAULT false;
