// GET /api/v1/grants/{id}/access-token — a valid access token for the team's services (API key)
import { accessTokenResponse, grantNotFound } from "@/lib/api/access-token-response";
import { serveDirectly } from "@/lib/api/direct-route";
import { grantIdParam } from "@/lib/api/schemas";
import { withApiKey } from "@/lib/api/with-api-key";
import { getAccessToken } from "@/lib/grants/get-access-token";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (_request, ctx, { params }: { params: Promise<{ id: string }> }) => {
  const grantId = grantIdParam((await params).id);
  if (!grantId) return grantNotFound();
  return accessTokenResponse(await getAccessToken(ctx, { grantId }));
});

// From the first request Next routes here, the console's server hands this route its requests itself,
// past Next's router and proxy (lib/api/direct-route.ts says why, and what it still does).
serveDirectly((request, id) => GET(request, { params: Promise.resolve({ id }) }));
