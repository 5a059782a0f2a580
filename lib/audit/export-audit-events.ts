import "server-only";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { AUDIT_COLUMNS, AUDIT_EXPORT_BATCH as BATCH, auditWhere, type AuditFilter, type AuditRow } from "./audit-filter";
import { csvCell } from "@/lib/http/csv-cell";
import { exportBody, ROW_SEPARATOR, type ExportFormat } from "@/lib/http/export-body";
import { recordAuditEvent } from "./record-audit-event";

const COLUMNS = ["seq", "createdAt", "actorId", "action", "targetType", "targetId", "data", "ip", "userAgent", "hash"] as const;

/** One event as a CSV line or a JSON object. */
function renderRow(format: ExportFormat, row: AuditRow) {
  return format === "csv"
    ? COLUMNS.map((c) => csvCell(row[c])).join(",")
    : JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]])));
}

/**
 * The filtered audit trail, oldest first, as a stream of CSV or JSON (one event per line in both, so a
 * client can count lines for a progress bar), and how many events it holds. The export is itself an
 * event, written first: the file it produces includes it. Keyset paging is the page's; an export is
 * the whole filtered trail (`after` still exports only newer events, for incremental pulls).
 */
export async function exportAuditEvents(ctx: Ctx, { format, filter: asked }: { format: ExportFormat; filter: AuditFilter }) {
  allow(ctx, "audit:read");
  const filter = { ...asked, before: undefined };
  const workspaceId = ctx.workspace.id;
  const total = await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      workspaceId,
      actorId: actorId(ctx),
      action: "audit.exported",
      targetType: "workspace",
      targetId: workspaceId,
      data: { format, filter: JSON.stringify(filter) },
      ...ctx.meta,
    });
    const [{ n }] = await tx.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "AuditEvent" WHERE ${auditWhere(workspaceId, filter)}`;
    return n;
  });
  // In batches on the sequence number, each read when the reader wants more (exportBody).
  async function* batches() {
    for (let after = filter.after ?? 0; ;) {
      const rows = await db.$queryRaw<
        AuditRow[]
      >`SELECT ${AUDIT_COLUMNS} FROM "AuditEvent" WHERE ${auditWhere(workspaceId, { ...filter, after })} ORDER BY "seq" ASC LIMIT ${BATCH}`;
      if (rows.length > 0) yield rows.map((row) => renderRow(format, row)).join(ROW_SEPARATOR[format]);
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].seq;
    }
  }
  return { total, body: exportBody(format, COLUMNS.join(","), batches()) };
}
