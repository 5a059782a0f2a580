// GET /api/v1/grants — the API key's grants (metadata, never tokens), filtered, cursor-paged
import { problem } from "@/lib/api/problem";
import { grantsQuerySchema } from "@/lib/api/schemas";
import { apiJson, parseQuery, withApiKey } from "@/lib/api/with-api-key";
import { listApiGrants } from "@/lib/grants/list-api-grants";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (request, ctx) => {
  const query = parseQuery(grantsQuerySchema, request);
  if (query instanceof Response) return query;
  const result = await listApiGrants(ctx, query);
  if (!result) return problem("not-found", "No client with this id for this key.");
  return apiJson(result);
});
