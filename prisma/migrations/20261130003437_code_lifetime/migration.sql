-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "limitCodeLifetimeSeconds" INTEGER NOT NULL DEFAULT 60;
