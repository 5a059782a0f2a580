// GET /w/{slug}/alerts/latest — what the bell shows when opened: the unread count and the newest alerts
import { problem } from "@/lib/api/problem";
import { listAlertPage } from "@/lib/alerts/list-alert-page";
import { findMemberContext } from "@/lib/auth/member-context";

export const dynamic = "force-dynamic";

const BELL_SIZE = 20;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await findMemberContext(request, slug, "alerts:read");
  if (!ctx) return problem("not-found");
  const { unread, alerts } = await listAlertPage(ctx, { before: null, take: BELL_SIZE });
  return Response.json({ unread, alerts }, { headers: { "cache-control": "no-store" } });
}
