import "server-only";
import { db } from "@/lib/db";
import { zohoError, zohoJson } from "./answers";
import { authenticateClient } from "./authenticate-client";
import { issueAccessToken } from "./issue-tokens";
import { parseScopeParam } from "./parse-scopes";

// grant_type=client_credentials: Self Clients only, for one organization named by
// soid=<Service>.<orgId> (Zoho answers missing_org_info without it). No user, no refresh token.
export async function issueClientCredentials(location: string, params: URLSearchParams, apiDomain: string, ttlSeconds: number): Promise<Response> {
  const client = await authenticateClient(params);
  if ("error" in client) return zohoError(client.error);
  const row = await db.sandboxClient.findUnique({ where: { clientId: client.clientId }, select: { redirectUris: true } });
  if (row?.redirectUris.length) return zohoError("unauthorized_client", 200, "client_credentials is for Self Clients");
  const soid = params.get("soid") ?? "";
  if (!/^[A-Za-z]+\.\d+$/.test(soid)) return zohoError("missing_org_info", 200, "soid must be Service.orgId, e.g. ZohoCRM.10234695");
  const scopes = parseScopeParam(params.get("scope"));
  if (!scopes.ok) return zohoError("invalid_scope", 200, scopes.problem);
  const access = await db.$transaction((tx) => issueAccessToken(tx, { clientId: client.clientId, userId: `org:${soid}`, location, scopes: scopes.scopes }, null, ttlSeconds));
  return zohoJson({ access_token: access, scope: scopes.scopes.join(" "), api_domain: apiDomain, token_type: "Bearer", expires_in: ttlSeconds });
}
