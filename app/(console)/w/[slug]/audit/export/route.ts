// GET /w/{slug}/audit/export?format=csv|json&… — the filtered audit trail, streamed, oldest first.
// `after=<seq>` exports only newer events (incremental pulls into a SIEM).
import { problem } from "@/lib/api/problem";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findMember } from "@/lib/auth/find-member";
import { AUDIT_COLUMNS, auditFilterSchema, auditWhere, type AuditRow } from "@/lib/data/audit/audit-filter";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";

export const dynamic = "force-dynamic";

const BATCH = 1000;
const COLUMNS = ["seq", "createdAt", "actorId", "action", "targetType", "targetId", "data", "ip", "userAgent", "hash"] as const;
const csvCell = (v: unknown) => {
  const s = v == null ? "" : typeof v === "string" ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  // Quoted when needed; a leading = + - @ is defused so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await findMember(withoutNul(slug), "audit:read");
  if (!member) return problem("not-found");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = query.format === "json" ? "json" : "csv";
  // Keyset paging is the page's; an export is the whole filtered trail.
  const filter = { ...auditFilterSchema.parse(query), before: undefined };
  const workspaceId = member.workspace.id;
  // The export is itself an event, written first: the file it produces includes it.
  const total = await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      workspaceId, actorId: member.user.id, action: "audit.exported", targetType: "workspace", targetId: workspaceId,
      data: { format, filter: JSON.stringify(filter) }, ...metaFrom(request.headers),
    });
    const [{ n }] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent" WHERE ${auditWhere(workspaceId, filter)}`;
    return n;
  });
  const encoder = new TextEncoder();
  // Streamed in batches on the sequence number: memory stays flat however long the trail is.
  // One event per line in both formats, so a client can count lines for a progress bar.
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? `${COLUMNS.join(",")}\n` : "[\n"));
      let after = filter.after ?? 0;
      let first = true;
      for (;;) {
        const rows = await db.$queryRaw<AuditRow[]>`SELECT ${AUDIT_COLUMNS} FROM "AuditEvent" WHERE ${auditWhere(workspaceId, { ...filter, after })} ORDER BY "seq" ASC LIMIT ${BATCH}`;
        let chunk = "";
        for (const row of rows) {
          chunk += format === "csv" ? `${COLUMNS.map((c) => csvCell(row[c])).join(",")}\n` : `${first ? "" : ",\n"}${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]])))}`;
          first = false;
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
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
