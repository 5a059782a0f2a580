// GET /w/{slug}/audit/export?format=csv|json&… — the filtered audit trail, streamed
import { problem } from "@/lib/api/problem";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findMember } from "@/lib/auth/find-member";
import { auditFilterSchema, auditWhere } from "@/lib/data/audit/audit-filter";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";

export const dynamic = "force-dynamic";

const BATCH = 1000;
const COLUMNS = ["seq", "createdAt", "actorId", "action", "targetType", "targetId", "data", "ip", "userAgent", "hash"] as const;
const csvCell = (v: unknown) => {
  const s = v == null ? "" : typeof v === "string" ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await findMember(slug, "audit:read");
  if (!member) return problem("not-found");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = query.format === "json" ? "json" : "csv";
  const where = auditWhere(member.workspace.id, auditFilterSchema.parse(query));
  const total = await db.auditEvent.count({ where });
  await db.$transaction((tx) => recordAuditEvent(tx, {
    workspaceId: member.workspace.id, actorId: member.user.id, action: "audit.exported", targetType: "workspace", targetId: member.workspace.id,
    data: { format, events: total, filter: JSON.stringify(query) }, ...metaFrom(request.headers),
  }));
  const encoder = new TextEncoder();
  // Streamed in batches on the sequence number: memory stays flat however long the trail is.
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? `${COLUMNS.join(",")}\n` : "[\n"));
      let after = 0;
      let first = true;
      for (;;) {
        const rows = await db.auditEvent.findMany({ where: { ...where, seq: { gt: after } }, orderBy: { seq: "asc" }, take: BATCH });
        for (const row of rows) {
          const line = format === "csv" ? `${COLUMNS.map((c) => csvCell(row[c])).join(",")}\n` : `${first ? "" : ",\n"}${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]])))}`;
          controller.enqueue(encoder.encode(line));
          first = false;
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1].seq;
      }
      if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json",
      "content-disposition": `attachment; filename="${member.workspace.slug}-audit.${format}"`,
      "x-total-count": String(total),
      "cache-control": "no-store",
    },
  });
}
