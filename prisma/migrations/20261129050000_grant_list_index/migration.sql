-- The API's grant list pages through a workspace in id order: without this index a page sorted
-- every grant of the workspace (100,000 grants: 530 ms per page on PGlite).
CREATE INDEX "Grant_workspaceId_id_idx" ON "Grant"("workspaceId", "id");
