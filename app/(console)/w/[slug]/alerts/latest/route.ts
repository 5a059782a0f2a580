// GET /w/{slug}/alerts/latest — what the bell shows when opened: the unread count and the newest alerts
import { problem } from "@/lib/api/problem";
import { listLatestAlerts } from "@/lib/alerts/list-latest-alerts";
import { findMemberContext } from "@/lib/auth/member-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await findMemberContext(request, slug, "alerts:read");
  if (!ctx) return problem("not-found");
  return Response.json(await listLatestAlerts(ctx), { headers: { "cache-control": "no-store" } });
}
