// GET/POST /sandbox/control?workspace=<slug> — the sandbox's fault injection for one workspace's sandbox
// clients: slow, flaky or down Zoho, short tokens. Signed-in console users only (lib/sandbox/sandbox-console-endpoint.ts).
import { problem } from "@/lib/api/problem";
import { faultsSchema, readFaults, setFaults } from "@/lib/sandbox/faults";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";

export const dynamic = "force-dynamic";

const answer = (workspace: string, faults: object) => Response.json({ workspace, ...faults }, { headers: { "cache-control": "no-store" } });

export const GET = sandboxConsoleEndpoint("clients:read", async (_request, { workspace }) =>
  answer(workspace.slug, await readFaults(workspace.id)),
);

// Body: {"accessTokenTtlSeconds":2,"latencyMs":0,"errorRate":0,"outage":false} (any subset), or {"reset":true}.
export const POST = sandboxConsoleEndpoint("sandbox:write", async (request, { workspace }) => {
  const body = await request.json().catch(() => null);
  if (body?.reset === true) return answer(workspace.slug, await setFaults(workspace.id, "reset"));
  const parsed = faultsSchema.safeParse(body);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({
      param: i.code === "unrecognized_keys" ? i.keys.join(", ") : i.path.join(".") || "body",
      message: i.message,
    }));
    return problem("invalid-request", errors.map((e) => `${e.param}: ${e.message}`).join("; "), { errors });
  }
  return answer(workspace.slug, await setFaults(workspace.id, parsed.data));
});
