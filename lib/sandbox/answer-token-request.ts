import "server-only";
import { appOrigin } from "@/lib/config/app-origin";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { zohoError } from "./answers";
import { exchangeGrantCode } from "./exchange-grant-code";
import { issueClientCredentials } from "./issue-client-credentials";
import { readTokenCall } from "./read-token-call";
import { refreshAccessToken } from "./refresh-access-token";

// POST {accounts-server}/oauth/v2/token: parameters from the query string and/or a form body. The
// faults are those of the workspace that owns the client named.
export async function answerTokenRequest(request: Request, { location }: { location: string }): Promise<Response> {
  const call = await readTokenCall(request);
  if (call instanceof Response) return call;
  const { params, faults } = call;
  const accountsServer = sandboxAccountsServer(appOrigin(request), location);
  const apiDomain = `${accountsServer}/api`;
  const grantType = params.get("grant_type");
  if (grantType === "authorization_code")
    return exchangeGrantCode(location, params, apiDomain, faults.accessTokenTtlSeconds, accountsServer);
  if (grantType === "refresh_token") return refreshAccessToken(location, params, apiDomain, faults);
  if (grantType === "client_credentials") return issueClientCredentials(location, params, apiDomain, faults.accessTokenTtlSeconds);
  if (!grantType) return zohoError("invalid_request", 200, "grant_type is missing");
  return zohoError("unsupported_grant_type");
}
