// GET /api/health — liveness and database status, for load balancers and the start check
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    const latencyMs = Math.round(performance.now() - started);
    return Response.json({ status: "ok", database: { status: "ok", kind: env().embedded ? "pglite" : "postgresql", latencyMs }, sandbox: env().sandboxEnabled });
  } catch {
    return Response.json({ status: "error", database: { status: "unreachable" } }, { status: 503 });
  }
}
