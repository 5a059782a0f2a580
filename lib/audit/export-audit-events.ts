import "server-only";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { AUDIT_COLUMNS, AUDIT_EXPORT_BATCH as BATCH, auditWhere, type AuditFilter, type AuditRow } from "./audit-filter";
import { csvCell } from "@/lib/http/csv-cell";
import { recordAuditEvent } from "./record-audit-event";

export type AuditExportFormat = "csv" | "json";

const COLUMNS = ["seq", "createdAt", "actorId", "action", "targetType", "targetId", "data", "ip", "userAgent", "hash"] as const;

/**
 * The filtered audit trail, oldest first, as a stream of CSV or JSON (one event per line in both, so a
 * client can count lines for a progress bar), and how many events it holds. The export is itself an
 * event, written first: the file it produces includes it. Keyset paging is the page's; an export is
 * the whole filtered trail (`after` still exports only newer events, for incremental pulls).
 */
export async function exportAuditEvents(ctx: Ctx, { format, filter: asked }: { format: AuditExportFormat; filter: AuditFilter }) {
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
  const encoder = new TextEncoder();
  // Streamed in batches on the sequence number, one each time the reader wants more (`pull`): however long
  // the trail, a slow reader holds the export back instead of filling memory.
  let after = filter.after ?? 0;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? `${COLUMNS.join(",")}\n` : "[\n"));
    },
    async pull(controller) {
      const rows = await db.$queryRaw<
        AuditRow[]
      >`SELECT ${AUDIT_COLUMNS} FROM "AuditEvent" WHERE ${auditWhere(workspaceId, { ...filter, after })} ORDER BY "seq" ASC LIMIT ${BATCH}`;
      let chunk = "";
      for (const row of rows) {
        chunk +=
          format === "csv"
            ? `${COLUMNS.map((c) => csvCell(row[c])).join(",")}\n`
            : `${first ? "" : ",\n"}${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]])))}`;
        first = false;
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (rows.length === BATCH) {
        after = rows[rows.length - 1].seq;
        return;
      }
      if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
      controller.close();
    },
  });
  return { total, body };
}
