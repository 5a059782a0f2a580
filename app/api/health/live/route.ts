// GET /api/health/live — the process is up and serving: a constant answer, no database. Load
// balancers' liveness probe, and the token benchmark's floor (what Next.js itself costs per request).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
