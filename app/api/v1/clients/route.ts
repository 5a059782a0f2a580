// GET /api/v1/clients — the workspace's OAuth clients (configuration, never secrets), cursor-paged
import { pageQuerySchema } from "@/lib/api/schemas";
import { apiJson, parseQuery, withApiKey } from "@/lib/api/with-api-key";
import { listApiClients } from "@/lib/clients/list-api-clients";

export const dynamic = "force-dynamic";

export const GET = withApiKey(async (request, ctx) => {
  const query = parseQuery(pageQuerySchema, request);
  if (query instanceof Response) return query;
  return apiJson(await listApiClients(ctx, query));
});
