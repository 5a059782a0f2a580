// GET /sandbox/{location}/api/… — the sandbox grants' api_domain: a minimal Zoho CRM API (current user,
// organization) with Zoho's error answers, so a token's worth can be proved (lib/sandbox/api/).
import { answerApiRequest } from "@/lib/sandbox/api/answer-api-request";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string; path?: string[] }>("json", ZOHO_ENDPOINT_LIMITS.api, answerApiRequest);
