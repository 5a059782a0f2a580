// POST /sandbox/{location}/oauth/v3/device/token — Zoho's device flow polling request, emulated
import { answerDevicePoll } from "@/lib/sandbox/answer-device-poll";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const POST = sandboxEndpoint<{ location: string }>("json", ZOHO_ENDPOINT_LIMITS.device, answerDevicePoll);
