-- CreateTable
CREATE TABLE "GrantScopeTally" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "scopes" TEXT[],
    "grants" INTEGER NOT NULL,

    CONSTRAINT "GrantScopeTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GrantScopeTally_workspaceId_idx" ON "GrantScopeTally"("workspaceId");

-- Written by hand (Prisma's schema has no triggers): every change to the set of active grants adds its
-- delta, +1 for a grant that became active (or was created so) with its scopes, -1 for one that stopped
-- being active or whose scopes changed. Plain inserts: two transactions never wait on each other here (a
-- shared count row would, and the audit trail's per-workspace lock taken in another order could deadlock).
-- Updates that change neither status nor scopes (last use, refreshed tokens) don't fire it.
CREATE FUNCTION "grant_scope_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."status" = 'ACTIVE' THEN
    INSERT INTO "GrantScopeTally" ("workspaceId", "scopes", "grants") VALUES (OLD."workspaceId", OLD."scopes", -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" = 'ACTIVE' THEN
    INSERT INTO "GrantScopeTally" ("workspaceId", "scopes", "grants") VALUES (NEW."workspaceId", NEW."scopes", 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Grant_scope_tally_insert_delete" AFTER INSERT OR DELETE ON "Grant"
  FOR EACH ROW EXECUTE FUNCTION "grant_scope_tally"();
CREATE TRIGGER "Grant_scope_tally_update" AFTER UPDATE OF "status", "scopes", "workspaceId" ON "Grant"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."scopes" IS DISTINCT FROM NEW."scopes"
    OR OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId")
  EXECUTE FUNCTION "grant_scope_tally"();

-- The grants there are now, one row per workspace and scope list.
INSERT INTO "GrantScopeTally" ("workspaceId", "scopes", "grants")
  SELECT "workspaceId", "scopes", count(*)::int FROM "Grant" WHERE "status" = 'ACTIVE' GROUP BY 1, 2;
