// POST /api/v1/grants/{id}/access-token/invalidate — a service reports that Zoho refused its access
// token (INVALID_OAUTHTOKEN / INVALID_TOKEN); the console refreshes once if that token is still the
// cached one, else answers the cached one. Same key and grant checks as GET …/access-token.
import { accessTokenResponse, grantNotFound } from "@/lib/api/access-token-response";
import { problem } from "@/lib/api/problem";
import { readInvalidateBody } from "@/lib/api/read-invalidate-body";
import { grantIdParam } from "@/lib/api/schemas";
import { withApiKey } from "@/lib/api/with-api-key";
import { mayUseGrant } from "@/lib/grants/grant-scope";
import { getAccessToken } from "@/lib/grants/get-access-token";

export const dynamic = "force-dynamic";

export const POST = withApiKey(async (request, ctx, { params }: { params: Promise<{ id: string }> }) => {
  // A grant outside the key's list is not found before the body is read (the workspace is checked by the service).
  const grantId = grantIdParam((await params).id);
  if (!grantId || !mayUseGrant(ctx, grantId)) return grantNotFound();
  const body = await readInvalidateBody(request);
  if (body instanceof Response) return body;
  return accessTokenResponse(await getAccessToken(ctx, { grantId, stale: body.accessToken }));
});

export function GET() {
  return problem(
    "method-not-allowed",
    'Report a refused token with POST and a JSON body {"accessToken":"…"}; get a token with GET …/access-token.',
    {},
    { allow: "POST" },
  );
}
