-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "auditRetentionDays" INTEGER;

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_actorId_seq_idx" ON "AuditEvent"("workspaceId", "actorId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_action_seq_idx" ON "AuditEvent"("workspaceId", "action", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_targetId_seq_idx" ON "AuditEvent"("workspaceId", "targetId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_createdAt_idx" ON "AuditEvent"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_data_idx" ON "AuditEvent" USING GIN ("data" jsonb_path_ops);

-- Full-text search on an event's action and summary (its data), for the audit list's `q` filter.
-- Every run of letters and digits is a word (an email or "client.created" is several), so typing the
-- start of any part of it finds it. lib/data/audit/audit-filter.ts must use the same expression.
CREATE INDEX "AuditEvent_search_idx" ON "AuditEvent" USING GIN (to_tsvector('simple', regexp_replace("action" || ' ' || "data"::text, '[^[:alnum:]]+', ' ', 'g')));

-- Append-only: no statement may change or remove audit events, except where the transaction first
-- runs set_config('audit.drop', 'on', true) — retention dropping whole old segments, and deleting a
-- whole workspace. Tampering now needs the table owner to disable this trigger (and still breaks the chain).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('audit.drop', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
