-- CreateTable
CREATE TABLE "GrantUserTally" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "zohoUserId" TEXT NOT NULL,
    "grants" INTEGER NOT NULL,

    CONSTRAINT "GrantUserTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GrantUserTally_workspaceId_zohoUserId_idx" ON "GrantUserTally"("workspaceId", "zohoUserId");

-- Written by hand, as the scope tally (20261201150000_grant_scope_tally): each Zoho user's personal grants
-- (PERSONAL_GRANT in lib/grants/personal-grant.ts: active, not org-wide), kept as +1/-1 rows. The inventory
-- ranks its top users from these rows instead of every personal grant (76,000 index entries at 100,000
-- grants, 40 ms on PostgreSQL). Updates that change none of the four columns (last use, tokens) don't fire it.
CREATE FUNCTION "grant_user_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."status" = 'ACTIVE' AND NOT OLD."orgWide" AND OLD."zohoUserId" IS NOT NULL THEN
    INSERT INTO "GrantUserTally" ("workspaceId", "zohoUserId", "grants") VALUES (OLD."workspaceId", OLD."zohoUserId", -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" = 'ACTIVE' AND NOT NEW."orgWide" AND NEW."zohoUserId" IS NOT NULL THEN
    INSERT INTO "GrantUserTally" ("workspaceId", "zohoUserId", "grants") VALUES (NEW."workspaceId", NEW."zohoUserId", 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Grant_user_tally_insert_delete" AFTER INSERT OR DELETE ON "Grant"
  FOR EACH ROW EXECUTE FUNCTION "grant_user_tally"();
CREATE TRIGGER "Grant_user_tally_update" AFTER UPDATE OF "status", "orgWide", "zohoUserId", "workspaceId" ON "Grant"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."orgWide" IS DISTINCT FROM NEW."orgWide"
    OR OLD."zohoUserId" IS DISTINCT FROM NEW."zohoUserId" OR OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId")
  EXECUTE FUNCTION "grant_user_tally"();

-- The personal grants there are now, one row per workspace and Zoho user.
INSERT INTO "GrantUserTally" ("workspaceId", "zohoUserId", "grants")
  SELECT "workspaceId", "zohoUserId", count(*)::int FROM "Grant"
  WHERE "status" = 'ACTIVE' AND NOT "orgWide" AND "zohoUserId" IS NOT NULL GROUP BY 1, 2;
