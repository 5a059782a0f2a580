-- AlterTable
ALTER TABLE "SandboxFaults" ADD COLUMN     "codeTtlSeconds" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "rateLimited" BOOLEAN NOT NULL DEFAULT false;
