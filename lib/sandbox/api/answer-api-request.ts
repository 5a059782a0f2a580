import "server-only";
import { crmError } from "./crm-errors";
import { crmOwner, currentUserBody, orgBody } from "./crm-records";
import { mayRead, readApiToken } from "./read-api-token";

// GET {api_domain}/… for a sandbox grant, whose api_domain is {accounts server}/api (apiDomainToStore).
// A minimal product API, enough to prove what a token is worth: Zoho CRM's current user and
// organization. CRM checks the token, then its scope, then the URL; so does this.
//   /crm/v{2..8}/users[?type=CurrentUser]  — needs ZohoCRM.users.READ (or .ALL)
//   /crm/v{2..8}/org                        — needs ZohoCRM.org.READ (or .ALL)
// Scopes per Zoho CRM's scope page (https://www.zoho.com/crm/developer/docs/api/v8/scopes.html:
// users, org; operation types ALL, READ, …).
const ROUTES: { path: RegExp; scope: string; body: (owner: ReturnType<typeof crmOwner>) => object | null }[] = [
  { path: /^crm\/v[2-8]\/users$/, scope: "ZohoCRM.users", body: currentUserBody },
  { path: /^crm\/v[2-8]\/org$/, scope: "ZohoCRM.org", body: orgBody },
];

export async function answerApiRequest(request: Request, { location, path }: { location: string; path?: string[] }): Promise<Response> {
  const token = await readApiToken(request, location);
  if (token instanceof Response) return token;
  const route = ROUTES.find((r) => r.path.test((path ?? []).join("/")));
  if (!route) return crmError("INVALID_URL_PATTERN");
  if (!mayRead(token, route.scope)) return crmError("OAUTH_SCOPE_MISMATCH");
  const body = route.body(crmOwner(token.userId, location));
  // CRM answers 204 with no body when there is nothing to list (an organization's token has no user).
  if (!body) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
