// GET /api/v1/grants/{id}/access-token — a valid access token for the team's services (API key)
import { accessTokenResponse } from "@/lib/api/access-token-response";
import { problem } from "@/lib/api/problem";
import { withApiKey } from "@/lib/api/with-api-key";
import { mayUseGrant } from "@/lib/api-keys/authenticate-api-key";
import { db } from "@/lib/db";
import { getAccessToken } from "@/lib/grants/get-access-token";
import { metaFrom } from "@/lib/request-meta";
import { apiIdSchema } from "@/lib/schemas/api-query";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (request, caller, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  // Anything that is not an id (a NUL, 10 KB of junk) is simply not found; the database never sees it.
  if (!apiIdSchema.safeParse(id).success) return problem("not-found", "No grant with this id for this key.");
  const grant = await db.grant.findFirst({ where: { id, workspaceId: caller.workspaceId }, select: { id: true, orgWide: true, client: { select: { provider: true } } } });
  if (!grant || !mayUseGrant(caller, grant.id)) return problem("not-found", "No grant with this id for this key.");
  const result = await getAccessToken(grant.id, { trigger: `api:${caller.keyId}`, meta: metaFrom(request.headers) });
  return accessTokenResponse(result, { orgWide: grant.orgWide, provider: grant.client.provider });
});
