// GET /api/health/ready — readiness: 200 when this instance should get traffic (not shutting down,
// database answering, every migration applied), else 503 problem JSON whose `check` names what failed.
// Load balancers and orchestrators ask it, signed in or not; it reveals no data.
import { problem } from "@/lib/api/problem";
import { checkReady } from "@/lib/health/check-ready";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReady();
  if (readiness.ready) return Response.json({ status: "ready" }, { headers: { "cache-control": "no-store" } });
  return problem("unavailable", readiness.detail, { check: readiness.check }, { "retry-after": "5" });
}
