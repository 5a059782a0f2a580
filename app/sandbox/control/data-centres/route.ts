// POST /sandbox/control/data-centres {"location":"zz","label":"Zedland"} — the sandbox's Zoho opens a data
// centre the console does not know yet (its serverinfo lists it); DELETE ?location=zz closes it again.
// Signed-in console users with sandbox:write (lib/sandbox/sandbox-console-endpoint.ts).
import { problem } from "@/lib/api/problem";
import { closeSandboxDataCentre, launchSandboxDataCentre, launchSchema } from "@/lib/sandbox/launch-sandbox-data-centre";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";
import { sandboxDataCentres } from "@/lib/sandbox/sandbox-data-centres";

export const dynamic = "force-dynamic";

const answer = async () => Response.json({ dataCentres: await sandboxDataCentres() }, { headers: { "cache-control": "no-store" } });

export const GET = sandboxConsoleEndpoint("clients:read", answer);

export const POST = sandboxConsoleEndpoint("sandbox:write", async (request) => {
  const parsed = launchSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return problem("invalid-request", parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  const launched = await launchSandboxDataCentre(parsed.data);
  if (!launched.ok) return problem("invalid-request", launched.reason);
  return answer();
});

export const DELETE = sandboxConsoleEndpoint("sandbox:write", async (request) => {
  await closeSandboxDataCentre(new URL(request.url).searchParams.get("location")?.slice(0, 20) ?? "");
  return answer();
});
