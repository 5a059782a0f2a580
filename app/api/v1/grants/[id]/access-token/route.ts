// GET /api/v1/grants/{id}/access-token — a valid access token for the team's services (API key)
import { accessTokenResponse } from "@/lib/api/access-token-response";
import { findKeyGrant } from "@/lib/api/find-key-grant";
import { problem } from "@/lib/api/problem";
import { withApiKey } from "@/lib/api/with-api-key";
import { getAccessToken } from "@/lib/grants/get-access-token";
import { metaFrom } from "@/lib/request-meta";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (request, caller, { params }: { params: Promise<{ id: string }> }) => {
  const grant = await findKeyGrant(caller, (await params).id);
  if (!grant) return problem("not-found", "No grant with this id for this key.");
  const result = await getAccessToken(grant.id, { trigger: `api:${caller.keyId}`, meta: metaFrom(request.headers) });
  return accessTokenResponse(result, { orgWide: grant.orgWide, provider: grant.client.provider });
});
