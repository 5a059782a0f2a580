import "server-only";
import { db } from "@/lib/db";
import { checkScopeParam } from "@/lib/zoho/scope-grammar";
import { zohoError, zohoJson } from "./answers";
import { authenticateClient } from "./authenticate-client";
import { issueAccessToken } from "./issue-tokens";
import { soidServices } from "./zoho-services";

const SOID = /^([A-Za-z]+)\.(\d{1,30})$/;

// grant_type=client_credentials: Self Clients only. No user, no refresh token. soid=<Service>.<orgId>
// is needed only for the apps that have several organizations (zoho-services.ts): without it Zoho
// answers {"error":"missing_org_info"} (with HTTP 200, like its other token errors); other apps'
// scopes work without it.
export async function issueClientCredentials(
  location: string,
  params: URLSearchParams,
  apiDomain: string,
  ttlSeconds: number,
): Promise<Response> {
  const client = await authenticateClient(params);
  if ("error" in client) return zohoError(client.error, 200, client.description);
  const row = await db.sandboxClient.findUnique({ where: { clientId: client.clientId }, select: { redirectUris: true } });
  if (row?.redirectUris.length) return zohoError("unauthorized_client", 200, "client_credentials is for Self Clients");
  const scopes = checkScopeParam(params.get("scope"));
  if (!scopes.ok) return zohoError("invalid_scope", 200, scopes.problem);
  const needed = soidServices(scopes.scopes);
  const soid = params.get("soid")?.trim() || null;
  const given = soid ? SOID.exec(soid) : null;
  // The bare {"error":"missing_org_info"}: Zoho's page names the exception, and clients expect it in the
  // body of an HTTP 200 (simstudioai/sim, apps/sim/lib/credentials/client-credential-accounts/minters/zoho-desk.test.ts).
  if (soid && !given) return zohoError("missing_org_info");
  if (needed.length && (!given || !needed.some((s) => s.toLowerCase() === given[1].toLowerCase()))) return zohoError("missing_org_info");
  const subject = { clientId: client.clientId, userId: `org:${soid ?? "self"}`, location, scopes: scopes.scopes };
  const access = await db.$transaction((tx) => issueAccessToken(tx, subject, null, ttlSeconds));
  return zohoJson({
    access_token: access,
    scope: scopes.scopes.join(" "),
    api_domain: apiDomain,
    token_type: "Bearer",
    expires_in: ttlSeconds,
  });
}
