// POST /sandbox/{location}/oauth/v2/token — Zoho's token endpoint, emulated (authorization_code, refresh_token)
import { answerTokenRequest } from "@/lib/sandbox/answer-token-request";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const POST = sandboxEndpoint<{ location: string }>("json", ZOHO_ENDPOINT_LIMITS.token, answerTokenRequest);
