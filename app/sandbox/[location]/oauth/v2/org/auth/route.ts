// GET  /sandbox/{location}/oauth/v2/org/auth — org-wide (instance-level) admin consent page, emulated
// POST /sandbox/{location}/oauth/v2/org/auth — Accept / Reject → 302 to the redirect URI
// Same parameters and answers as /oauth/v2/auth; the code it issues is marked org-wide, so its refresh
// token is the organization's, outside the user's 20-token cap
// (https://www.zoho.com/accounts/protocol/oauth/instance-level-oauth/get-auth-code.html).
import { decideConsent } from "@/lib/sandbox/decide-consent";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";
import { showAuthorization } from "@/lib/sandbox/show-authorization";

export const dynamic = "force-dynamic";

const org = { orgWide: true };
export const GET = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, (request, params) =>
  showAuthorization(request, params, org),
);
export const POST = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, (request, params) =>
  decideConsent(request, params, org),
);
