// GET /sandbox/control/stats?client_id=…&workspace=<slug> — what the sandbox issued for one of the
// workspace's sandbox clients (counts only). Another workspace's client is not found.
import { problem } from "@/lib/api/problem";
import { sandboxClientStats } from "@/lib/sandbox/sandbox-client-stats";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";

export const dynamic = "force-dynamic";

export const GET = sandboxConsoleEndpoint("clients:read", async (request, caller) => {
  const clientId = new URL(request.url).searchParams.get("client_id")?.slice(0, 100) ?? "";
  const stats = await sandboxClientStats(caller, { clientId });
  if (!stats) return problem("not-found", `No sandbox client with that client_id in ${caller.workspace.slug}.`);
  const { codes, refreshTokens, activeRefreshTokens, accessTokens } = stats;
  return Response.json(
    { client_id: clientId, codes, refresh_tokens: refreshTokens, active_refresh_tokens: activeRefreshTokens, access_tokens: accessTokens },
    { headers: { "cache-control": "no-store" } },
  );
});
