// GET|POST /sandbox/{location}/oauth/v2/org/auth — org-wide admin consent; the sandbox answers as /oauth/v2/auth
import { decideConsent } from "@/lib/sandbox/decide-consent";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";
import { showAuthorization } from "@/lib/sandbox/show-authorization";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, showAuthorization);
export const POST = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, decideConsent);
