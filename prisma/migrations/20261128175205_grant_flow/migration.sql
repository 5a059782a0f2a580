-- AlterTable
ALTER TABLE "Grant" ADD COLUMN     "flow" TEXT NOT NULL DEFAULT 'refresh_token',
ADD COLUMN     "soid" TEXT;
