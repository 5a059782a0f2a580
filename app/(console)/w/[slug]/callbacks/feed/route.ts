// GET /w/{slug}/callbacks/feed?after=… — callbacks that arrived since a moment, for the live view
import { problem } from "@/lib/api/problem";
import type { Ctx } from "@/lib/auth/context";
import { findMember } from "@/lib/auth/find-member";
import { callbackFilterSchema, listCallbacks } from "@/lib/callbacks/list-callbacks";
import { metaFrom } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A NUL in the slug is no workspace (404), not a query PostgreSQL refuses.
  const member = await findMember(withoutNul(slug), "callbacks:read");
  if (!member) return problem("not-found");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const after = new Date(query.after ?? "");
  if (Number.isNaN(after.getTime())) return problem("invalid-request", "after must be an ISO date-time");
  const ctx: Ctx = { actor: { kind: "member", userId: member.user.id!, role: member.role }, workspace: member.workspace, meta: metaFrom(request.headers) };
  const rows = await listCallbacks(ctx, { filter: callbackFilterSchema.parse(query), after });
  return Response.json({ callbacks: rows }, { headers: { "cache-control": "no-store" } });
}
