import "server-only";
import { appOrigin } from "@/lib/config/app-origin";
import { faultsForClient } from "../faults";
import { ROUTES, CRM_MODULE_PATH } from "./api-routes";
import { crmError } from "./crm-errors";
import { crmOwner } from "./crm-records";
import { hasScope } from "./has-scope";
import { productOf, refuse } from "./product-errors";
import { readApiToken } from "./read-api-token";

// GET and POST {api_domain}/… for a sandbox grant, whose api_domain is {accounts server}/api
// (apiDomainToStore). Zoho's products check the token, then the URL, then the scope; so does this, and each
// refuses in its own shape (product-errors.ts). A rate-limit fault set for the token's client's workspace
// (lib/sandbox/faults.ts, apiRateLimited) makes every call answer the product's HTTP 429.
export async function answerApiRequest(request: Request, { location, path }: { location: string; path?: string[] }): Promise<Response> {
  const segments = path ?? [];
  const product = productOf(segments);
  const token = await readApiToken(request, location);
  if (token === "missing") return refuse(product, "missingToken");
  if (token === "invalid") return refuse(product, "invalidToken");
  if ((await faultsForClient(token.clientId)).apiRateLimited) return refuse(product, "rateLimited");

  const joined = segments.join("/");
  const matching = ROUTES.filter((r) => r.path.test(joined));
  const route = matching.find((r) => r.method === request.method);
  if (!route) {
    if (matching.length) return product === "crm" || product === "bigin" ? crmError("INVALID_REQUEST_METHOD") : refuse(product, "notFound");
    if (product === "crm" && CRM_MODULE_PATH.test(joined) && !/^crm\/[^/]+\/(users|org|coql|leads)(\/|$)/i.test(joined))
      return crmError("INVALID_MODULE", { resource_path_index: 0 });
    return refuse(product, "notFound");
  }
  if (!hasScope(token.scopes, route.scopes)) return refuse(product, "scopeMismatch");

  const answer = await route.answer({
    request,
    token,
    owner: crmOwner(token.userId, location),
    match: route.path.exec(joined)!,
    origin: appOrigin(request),
  });
  if (answer instanceof Response) return answer;
  // CRM answers 204 with no body when there is nothing to list (an organization's token has no user).
  if (!answer) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  return Response.json(answer, { headers: { "cache-control": "no-store" } });
}
