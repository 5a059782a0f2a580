// GET /api/v1/grants/{id}/access-token — a valid access token for the team's services (API key)
import { accessTokenResponse, grantNotFound } from "@/lib/api/access-token-response";
import { grantIdParam } from "@/lib/api/schemas";
import { withApiKey } from "@/lib/api/with-api-key";
import { getAccessToken } from "@/lib/grants/get-access-token";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (_request, ctx, { params }: { params: Promise<{ id: string }> }) => {
  const grantId = grantIdParam((await params).id);
  if (!grantId) return grantNotFound();
  return accessTokenResponse(await getAccessToken(ctx, { grantId }));
});
