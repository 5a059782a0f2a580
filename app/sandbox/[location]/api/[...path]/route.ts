// GET/POST /sandbox/{location}/api/… — the sandbox grants' api_domain: a small, faithful slice of Zoho's
// product APIs (CRM users, org, Leads, COQL; Bigin users; Books, Desk organizations; Mail accounts) with
// each product's error answers, so a token's worth can be proved (lib/sandbox/api/, docs/sandbox.md).
import { answerApiRequest } from "@/lib/sandbox/api/answer-api-request";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string; path?: string[] }>("json", ZOHO_ENDPOINT_LIMITS.api, answerApiRequest);
export const POST = sandboxEndpoint<{ location: string; path?: string[] }>("json", ZOHO_ENDPOINT_LIMITS.api, answerApiRequest);
