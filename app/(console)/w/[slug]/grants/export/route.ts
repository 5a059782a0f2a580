// GET /w/{slug}/grants/export?format=csv|json&<the Grants page's filters> — exactly the filtered grants, streamed.
import { problem } from "@/lib/api/problem";
import { NotAllowedError } from "@/lib/auth/context";
import { findMemberContext } from "@/lib/auth/member-context";
import { exportGrants } from "@/lib/grants/export-grants";
import { readGrantSelection } from "@/lib/grants/grant-selection";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await findMemberContext(request, slug, "grants:read");
  if (!ctx) return problem("not-found");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = query.format === "json" ? "json" : "csv";
  try {
    const { total, body } = await exportGrants(ctx, { format, selection: readGrantSelection(query) });
    return new Response(body, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json",
        "content-disposition": `attachment; filename="${ctx.workspace.slug}-grants.${format}"`,
        "x-total-count": String(total),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotAllowedError) return problem("not-found");
    throw error;
  }
}
