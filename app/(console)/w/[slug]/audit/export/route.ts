// GET /w/{slug}/audit/export?format=csv|json&… — the filtered audit trail, streamed, oldest first.
// `after=<seq>` exports only newer events (incremental pulls into a SIEM).
import { problem } from "@/lib/api/problem";
import { auditFilterSchema } from "@/lib/audit/audit-filter";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { NotAllowedError } from "@/lib/auth/context";
import { findMemberContext } from "@/lib/auth/member-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await findMemberContext(request, slug, "audit:read");
  if (!ctx) return problem("not-found");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = query.format === "json" ? "json" : "csv";
  try {
    const { total, body } = await exportAuditEvents(ctx, { format, filter: auditFilterSchema.parse(query) });
    return new Response(body, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json",
        "content-disposition": `attachment; filename="${ctx.workspace.slug}-audit.${format}"`,
        "x-total-count": String(total),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotAllowedError) return problem("not-found");
    throw error;
  }
}
