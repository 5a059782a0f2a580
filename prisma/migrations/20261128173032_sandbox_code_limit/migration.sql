-- AlterTable
ALTER TABLE "SandboxFaults" ADD COLUMN     "codeLimit" INTEGER NOT NULL DEFAULT 10;
