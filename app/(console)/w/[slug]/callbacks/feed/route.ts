// GET /w/{slug}/callbacks/feed?after=… — callbacks that arrived since a moment, for the live view
import { problem } from "@/lib/api/problem";
import { findMemberContext } from "@/lib/auth/member-context";
import { callbackFilterSchema, listCallbacks } from "@/lib/callbacks/list-callbacks";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A NUL in the slug is no workspace (404), not a query PostgreSQL refuses.
  const ctx = await findMemberContext(request, slug, "callbacks:read");
  if (!ctx) return problem("not-found");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const after = new Date(query.after ?? "");
  if (Number.isNaN(after.getTime())) return problem("invalid-request", "after must be an ISO date-time");
  const rows = await listCallbacks(ctx, { filter: callbackFilterSchema.parse(query), after });
  return Response.json({ callbacks: rows }, { headers: { "cache-control": "no-store" } });
}
