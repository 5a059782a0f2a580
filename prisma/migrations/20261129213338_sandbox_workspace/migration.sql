-- Sandbox clients and faults belong to a workspace (issue 11, "the sandbox is open to anyone").

-- AlterTable
ALTER TABLE "SandboxClient" ADD COLUMN     "workspaceId" TEXT;

-- Existing sandbox clients were registered anonymously, so no row says whose they are. A client that
-- exactly one workspace uses (a console client on the sandbox with its client id) is adopted by that
-- workspace, so it stays listed and its grants keep working. Every other one stays with no workspace:
-- it still answers at the Zoho-shaped endpoints (a team's scripts may hold its secret) but is listed
-- nowhere and cannot be given faults.
UPDATE "SandboxClient" AS s
SET "workspaceId" = u."workspaceId"
FROM (
  SELECT "zohoClientId", MIN("workspaceId") AS "workspaceId"
  FROM "OAuthClient"
  WHERE "provider" = 'SANDBOX'
  GROUP BY "zohoClientId"
  HAVING COUNT(DISTINCT "workspaceId") = 1
) AS u
WHERE u."zohoClientId" = s."clientId";

-- The one global fault row cannot be given to a workspace: faults go back to their defaults.
DELETE FROM "SandboxFaults";

-- AlterTable
ALTER TABLE "SandboxFaults" DROP CONSTRAINT "SandboxFaults_pkey",
DROP COLUMN "id",
ADD COLUMN     "workspaceId" TEXT NOT NULL,
ADD CONSTRAINT "SandboxFaults_pkey" PRIMARY KEY ("workspaceId");

-- CreateIndex
CREATE INDEX "SandboxClient_workspaceId_createdAt_idx" ON "SandboxClient"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "SandboxClient" ADD CONSTRAINT "SandboxClient_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxFaults" ADD CONSTRAINT "SandboxFaults_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
