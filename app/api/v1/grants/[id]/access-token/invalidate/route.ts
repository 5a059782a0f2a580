// POST /api/v1/grants/{id}/access-token/invalidate — a service reports that Zoho refused its access
// token (INVALID_OAUTHTOKEN / INVALID_TOKEN); the console refreshes once if that token is still the
// cached one, else answers the cached one. Same key and grant checks as GET …/access-token.
import { accessTokenResponse } from "@/lib/api/access-token-response";
import { findKeyGrant } from "@/lib/api/find-key-grant";
import { problem } from "@/lib/api/problem";
import { readInvalidateBody } from "@/lib/api/read-invalidate-body";
import { withApiKey } from "@/lib/api/with-api-key";
import { getAccessToken } from "@/lib/grants/get-access-token";
import { metaFrom } from "@/lib/request-meta";

export const dynamic = "force-dynamic";

export const POST = withApiKey(async (request, caller, { params }: { params: Promise<{ id: string }> }) => {
  const grant = await findKeyGrant(caller, (await params).id);
  if (!grant) return problem("not-found", "No grant with this id for this key.");
  const body = await readInvalidateBody(request);
  if (body instanceof Response) return body;
  const result = await getAccessToken(grant.id, { stale: body.accessToken, trigger: `api:${caller.keyId}`, meta: metaFrom(request.headers) });
  return accessTokenResponse(result, { orgWide: grant.orgWide, provider: grant.client.provider });
});

export function GET() {
  return problem("method-not-allowed", "Report a refused token with POST and a JSON body {\"accessToken\":\"…\"}; get a token with GET …/access-token.", {}, { allow: "POST" });
}
