// GET /api/v1/grants — the API key's grants (metadata, never tokens), filtered, cursor-paged
import { problem } from "@/lib/api/problem";
import { apiJson, parseQuery, withApiKey } from "@/lib/api/with-api-key";
import { listApiGrants } from "@/lib/data/api/list-api-grants";
import { grantsQuerySchema } from "@/lib/schemas/api-query";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (request, caller) => {
  const query = parseQuery(grantsQuerySchema, request);
  if (query instanceof Response) return query;
  const result = await listApiGrants(caller, query);
  if (!result) return problem("not-found", "No client with this id for this key.");
  return apiJson(result);
});
