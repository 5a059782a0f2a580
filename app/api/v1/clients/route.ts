// GET /api/v1/clients — the workspace's OAuth clients (configuration, never secrets), cursor-paged
import { apiJson, parseQuery, withApiKey } from "@/lib/api/with-api-key";
import { listApiClients } from "@/lib/data/api/list-api-clients";
import { pageQuerySchema } from "@/lib/schemas/api-query";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (request, caller) => {
  const query = parseQuery(pageQuerySchema, request);
  if (query instanceof Response) return query;
  return apiJson(await listApiClients(caller, query));
});
