// GET /metrics — Prometheus scrapes the console's metrics here (lib/metrics/metrics.ts), with
// `Authorization: Bearer <METRICS_TOKEN>`. Without METRICS_TOKEN configured the endpoint does not exist.
import { problem } from "@/lib/api/problem";
import { env } from "@/lib/config/env";
import { metrics } from "@/lib/metrics/metrics";
import { metricsTokenMatches } from "@/lib/metrics/metrics-token";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return problem("not-found");
  if (!metricsTokenMatches(request.headers.get("authorization"), token))
    return problem("unauthenticated", "Send Authorization: Bearer <METRICS_TOKEN>.", {}, { "www-authenticate": 'Bearer realm="metrics"' });
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
