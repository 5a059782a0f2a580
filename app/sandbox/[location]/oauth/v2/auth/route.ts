// GET  /sandbox/{location}/oauth/v2/auth — Zoho's authorization (consent) page, emulated
// POST /sandbox/{location}/oauth/v2/auth — the consent form's Accept / Reject → 302 to the redirect URI
// A route handler, not a page: Zoho answers an unregistered redirect URI with HTTP 400 and no redirect.
import { decideConsent } from "@/lib/sandbox/decide-consent";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";
import { showAuthorization } from "@/lib/sandbox/show-authorization";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, showAuthorization);
export const POST = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, decideConsent);
