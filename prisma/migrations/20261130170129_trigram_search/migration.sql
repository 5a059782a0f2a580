-- The trigram operator classes (pg_trgm ships with PostgreSQL; PGlite loads it in lib/open-pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Grant_workspaceId_lastUsedAt_idx";

-- CreateIndex
CREATE INDEX "Grant_workspaceId_lastUsedAt_id_idx" ON "Grant"("workspaceId", "lastUsedAt", "id");

-- CreateIndex
CREATE INDEX "Grant_label_idx" ON "Grant" USING GIN ("label" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Grant_zohoUserEmail_idx" ON "Grant" USING GIN ("zohoUserEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OAuthClient_name_idx" ON "OAuthClient" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OAuthClient_zohoClientId_idx" ON "OAuthClient" USING GIN ("zohoClientId" gin_trgm_ops);
