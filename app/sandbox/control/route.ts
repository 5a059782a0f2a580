// GET/POST /sandbox/control — the sandbox's fault injection: slow, flaky or down Zoho, short tokens
import { faultsSchema, readFaults, setFaults } from "@/lib/sandbox/faults";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint("json", async () => Response.json(await readFaults()));

// Body: {"accessTokenTtlSeconds":2,"latencyMs":0,"errorRate":0,"outage":false} (any subset), or {"reset":true}.
export const POST = sandboxEndpoint("json", async (request) => {
  const body = await request.json().catch(() => null);
  if (body?.reset === true) return Response.json(await setFaults("reset"));
  const parsed = faultsSchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: "invalid_request", error_description: parsed.error.issues[0]?.message }, { status: 400 });
  return Response.json(await setFaults(parsed.data));
});
